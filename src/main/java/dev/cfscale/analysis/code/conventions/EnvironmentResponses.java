package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMetaPropExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstSpreadElement;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import java.util.Optional;
import java.util.Set;

/**
 * The whole environment written into a response, recorded as {@code env.serialised}: {@code Response.json(env)},
 * {@code c.json({ ...env })}, {@code new Response(JSON.stringify(process.env))}, {@code Response.json({ ok, env })}.
 * Every var and secret of the Worker is a plain string property of {@code env} (and of {@code process.env} with
 * {@code nodejs_compat}), so the caller receives them all. One variable is followed ({@code const body = JSON.stringify(env)}).
 */
final class EnvironmentResponses implements Convention {
  static final String OPERATION = "env.serialised";
  /** Methods that send their first argument as the body: {@code Response.json}, Hono's {@code c.json}/{@code c.text}/{@code c.body}. */
  private static final Set<String> BODY_METHODS = Set.of("json", "text", "body", "send");
  private static final int MAX_DEPTH = 3;

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<ISwc4jAst> body = body(node);
    if (body.isPresent() && exposes(body.get(), unit, scope.evaluator(), 0)) {
      scope.record(unit, node, Optional.empty(), OPERATION, KeyArg.NONE, CallOptions.NONE);
    }
  }

  /** The first argument of {@code new Response(x)} or of a body method ({@code Response.json(x)}, {@code c.json(x)}). */
  private static Optional<ISwc4jAst> body(ISwc4jAst node) {
    if (node instanceof Swc4jAstNewExpr n && Ast.identifier(n.getCallee()).filter("Response"::equals).isPresent()) {
      return n.getArgs().filter(a -> !a.isEmpty()).map(a -> a.get(0).getExpr());
    }
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty() || call.get().args().isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m)
        || Ast.propName(m).filter(BODY_METHODS::contains).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(call.get().args().get(0));
  }

  /** True when {@code expr} is the env object, {@code process.env}, its JSON text, or an object that holds or spreads it. */
  private static boolean exposes(ISwc4jAst expr, FunctionUnit unit, Evaluator evaluator, int depth) {
    ISwc4jAst node = Ast.unwrap(expr);
    if (depth > MAX_DEPTH) {
      return false;
    }
    if (node instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("env"::equals).isPresent()) {
      ISwc4jAst obj = Ast.unwrap(m.getObj());
      if (obj instanceof Swc4jAstMetaPropExpr) {
        return false; // import.meta.env: the build's public variables
      }
      if (Ast.identifier(obj).filter("process"::equals).isPresent()) {
        return true;
      }
    }
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isPresent() && isJsonStringify(call.get()) && !call.get().args().isEmpty()) {
      return exposes(call.get().args().get(0), unit, evaluator, depth + 1);
    }
    if (node instanceof Swc4jAstObjectLit o) {
      return o.getProps().stream().anyMatch(p -> property(p, unit, evaluator, depth));
    }
    if (node instanceof Swc4jAstIdent id) {
      Optional<Declaration.Variable> variable = unit.wholeVariable(id.getSym());
      if (variable.isPresent() && !(Ast.unwrap(variable.get().init()) instanceof Swc4jAstIdent)
          && exposes(variable.get().init(), variable.get().scope(), evaluator, depth + 1)) {
        return true;
      }
    }
    return (node instanceof Swc4jAstIdent || node instanceof Swc4jAstMemberExpr) && evaluator.eval(node, unit) instanceof Value.Env;
  }

  private static boolean property(ISwc4jAst prop, FunctionUnit unit, Evaluator evaluator, int depth) {
    if (prop instanceof Swc4jAstSpreadElement s) {
      return exposes(s.getExpr(), unit, evaluator, depth + 1);
    }
    if (prop instanceof Swc4jAstKeyValueProp kv) {
      return exposes(kv.getValue(), unit, evaluator, depth + 1);
    }
    return prop instanceof Swc4jAstIdent shorthand && exposes(shorthand, unit, evaluator, depth + 1);
  }

  private static boolean isJsonStringify(Ast.Call call) {
    return call.unwrappedCallee() instanceof Swc4jAstMemberExpr m && Ast.identifier(m.getObj()).filter("JSON"::equals).isPresent()
        && Ast.propName(m).filter("stringify"::equals).isPresent();
  }
}
