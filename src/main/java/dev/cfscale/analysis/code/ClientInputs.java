package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForOfStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDecl;
import java.util.Optional;
import java.util.Set;

/**
 * Where the runtime hands the Worker what the client sent ({@link Value.ClientInput}): the request body parsed
 * with {@code json()} or {@code formData()}, and a query parameter of the request's URL; and the names that then
 * hold one element of it (a {@code for (const part of body.parts)} variable, the first parameter of a
 * {@code body.parts.map((part) => ...)} callback).
 */
final class ClientInputs {
  private static final Set<String> BODY_PARSES = Set.of("json", "formData");
  private static final Set<String> PARAMETER_READS = Set.of("get", "getAll");
  /** Names of the incoming request (not {@code r} or {@code res}, which name fetched responses as often). */
  private static final Set<String> REQUEST_NAMES = Set.of("request", "req");
  private static final Set<String> ELEMENT_CALLBACKS = Set.of("map", "forEach", "flatMap", "filter", "some", "every", "find");

  private ClientInputs() {}

  /** {@code request.json()}, {@code request.formData()}, {@code url.searchParams.get(name)} of the request's URL. */
  static boolean isRead(Swc4jAstMemberExpr callee, String method, FunctionUnit unit, Evaluator evaluator, int depth) {
    ISwc4jAst obj = Ast.unwrap(callee.getObj());
    if (BODY_PARSES.contains(method)) {
      return isRequest(obj);
    }
    return PARAMETER_READS.contains(method) && obj instanceof Swc4jAstMemberExpr params
        && Ast.propName(params).filter("searchParams"::equals).isPresent()
        && evaluator.eval(params.getObj(), unit, depth + 1) instanceof Value.RequestUrl;
  }

  /** {@code request}, {@code req}, {@code c.req}, {@code context.request}, {@code c.req.raw}. */
  private static boolean isRequest(ISwc4jAst node) {
    if (node instanceof Swc4jAstIdent id) {
      return REQUEST_NAMES.contains(id.getSym());
    }
    if (node instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("raw"::equals).isPresent()) {
      return Ast.unwrap(m.getObj()) instanceof Swc4jAstMemberExpr inner && Ast.propName(inner).filter("req"::equals).isPresent();
    }
    return node instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter(REQUEST_NAMES::contains).isPresent();
  }

  /** The list {@code id} walks when it is the variable of a {@code for...of} around it, within its own function. */
  static Optional<ISwc4jAst> loopOver(Swc4jAstIdent id) {
    for (ISwc4jAst p = id.getParent(); p != null; p = p.getParent()) {
      if (p instanceof Swc4jAstForOfStmt loop && loop.getLeft() instanceof Swc4jAstVarDecl decl && decl.getDecls().size() == 1
          && decl.getDecls().get(0).getName() instanceof Swc4jAstBindingIdent b && b.getId().getSym().equals(id.getSym())) {
        return Optional.of(loop.getRight());
      }
      if (p instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstFunction || p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** For the first parameter of a callback passed to {@code LIST.map(...)} (and kin): LIST. */
  static Optional<ISwc4jAst> callbackList(Declaration.Parameter p) {
    ISwc4jAst fn = p.unit().node();
    if (p.index() == 0 && fn.getParent() instanceof Swc4jAstExprOrSpread arg && arg.getParent() instanceof Swc4jAstCallExpr call
        && Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter(ELEMENT_CALLBACKS::contains).isPresent()) {
      return Optional.of(m.getObj());
    }
    return Optional.empty();
  }
}
