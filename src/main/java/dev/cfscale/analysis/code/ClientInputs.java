package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.Set;

/**
 * Where the runtime hands the Worker what the client sent ({@link Value.ClientInput}): the request body parsed
 * with {@code json()} or {@code formData()}, and a query parameter of the request's URL (the names that then hold one
 * element of it are {@link ListElements}).
 */
final class ClientInputs {
  private static final Set<String> BODY_PARSES = Set.of("json", "formData");
  private static final Set<String> PARAMETER_READS = Set.of("get", "getAll");
  /** Names of the incoming request (not {@code r} or {@code res}, which name fetched responses as often). */
  private static final Set<String> REQUEST_NAMES = Set.of("request", "req");

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
}
