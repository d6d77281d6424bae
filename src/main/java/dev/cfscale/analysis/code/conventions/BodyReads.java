package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.config.BindingType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whole bodies read into memory: the incoming request's ({@code request.arrayBuffer()},
 * {@code request.formData()}, {@code c.req.parseBody()}...: operation {@code request.<method>}), a fetched
 * response's binary body ({@code (await fetch(url)).arrayBuffer()}, {@code blob()}, {@code bytes()}: operation
 * {@code response.<method>}) and a KV value read as one buffer ({@code env.KV.get(key, "arrayBuffer")} or
 * {@code { type: "arrayBuffer" }}: operation {@code body.arrayBuffer} on the namespace). JSON and text bodies are
 * not recorded: they are parsed whole by nature and are small in practice.
 */
final class BodyReads implements Convention {
  private static final Set<String> WHOLE = Set.of("arrayBuffer", "blob", "formData", "bytes", "parseBody");
  private static final Set<String> REQUEST_NAMES = Set.of("request", "req", "rawRequest");
  private static final Set<String> REQUEST_MEMBERS = Set.of("req", "request", "raw");
  /** Binary reads of a response: files, media, archives (JSON and text replies are parsed whole by nature). */
  private static final Set<String> BINARY = Set.of("arrayBuffer", "blob", "bytes");
  private static final int MAX_ALIASES = 4;

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m)) {
      return;
    }
    String method = Ast.propName(m).orElse("");
    List<ISwc4jAst> args = call.get().args();
    if (WHOLE.contains(method) && args.isEmpty() && isRequest(m.getObj(), unit, 0)) {
      scope.record(unit, node, Optional.empty(), "request." + method, KeyArg.NONE, CallOptions.NONE);
    } else if (BINARY.contains(method) && args.isEmpty() && isFetchResponse(m.getObj(), unit, 0)) {
      scope.record(unit, node, Optional.empty(), "response." + method, KeyArg.NONE, CallOptions.NONE);
    } else if (method.equals("get") && args.size() == 2 && asArrayBuffer(args.get(1))
        && scope.evaluator().eval(m.getObj(), unit) instanceof Value.Binding b && b.type() == BindingType.KV_NAMESPACE) {
      scope.record(unit, node, Optional.of(b), "body.arrayBuffer", KeyArg.NONE, CallOptions.NONE);
    }
  }

  /**
   * {@code request}, {@code c.req}, {@code c.req.raw}, {@code context.request}, a {@code clone()} of one, or a
   * variable holding one ({@code const copy = request.clone()}).
   */
  private static boolean isRequest(ISwc4jAst expr, FunctionUnit unit, int depth) {
    ISwc4jAst node = Ast.unwrap(expr);
    Optional<Ast.Call> clone = Ast.call(node);
    if (clone.isPresent() && clone.get().unwrappedCallee() instanceof Swc4jAstMemberExpr c
        && Ast.propName(c).filter("clone"::equals).isPresent()) {
      return isRequest(c.getObj(), unit, depth);
    }
    if (node instanceof Swc4jAstIdent id && REQUEST_NAMES.contains(id.getSym())) {
      return true;
    }
    if (node instanceof Swc4jAstIdent id) {
      return initializer(id, unit, depth).filter(v -> isRequest(v.init(), v.scope(), depth + 1)).isPresent();
    }
    return node instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter(REQUEST_MEMBERS::contains).isPresent();
  }

  /** {@code await fetch(...)} itself, or a variable initialised with it ({@code const res = await fetch(url)}). */
  private static boolean isFetchResponse(ISwc4jAst expr, FunctionUnit unit, int depth) {
    ISwc4jAst node = Ast.unwrap(expr);
    if (node instanceof Swc4jAstAwaitExpr await) {
      node = Ast.unwrap(await.getArg());
    }
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isPresent()) {
      // the global fetch, not a project function or an import of that name
      return Ast.identifier(call.get().unwrappedCallee()).filter("fetch"::equals).isPresent() && unit.lookup("fetch").isEmpty();
    }
    return node instanceof Swc4jAstIdent id
        && initializer(id, unit, depth).filter(v -> isFetchResponse(v.init(), v.scope(), depth + 1)).isPresent();
  }

  /** The declaration {@code const name = init} of {@code id}, when it is one (not destructured). */
  private static Optional<Declaration.Variable> initializer(Swc4jAstIdent id, FunctionUnit unit, int depth) {
    return depth > MAX_ALIASES ? Optional.empty() : unit.wholeVariable(id.getSym());
  }

  private static boolean asArrayBuffer(ISwc4jAst arg) {
    ISwc4jAst node = Ast.unwrap(arg);
    if (node instanceof Swc4jAstStr s) {
      return s.getValue().equals("arrayBuffer");
    }
    return node instanceof Swc4jAstObjectLit o && o.getProps().stream().anyMatch(p -> p instanceof Swc4jAstKeyValueProp kv
        && Ast.name(kv.getKey()).filter("type"::equals).isPresent() && Ast.unwrap(kv.getValue()) instanceof Swc4jAstStr s
        && s.getValue().equals("arrayBuffer"));
  }
}
