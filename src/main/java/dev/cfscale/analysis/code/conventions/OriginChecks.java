package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.FunctionUnit;
import java.util.Optional;
import java.util.Set;

/**
 * A refusal (401/403) given only because a header that browsers set does not match: {@code Origin},
 * {@code Referer}, {@code Sec-Fetch-Site}. It keeps other web pages out (a CSRF check), not other clients: a script
 * sets the header to whatever the check wants, so such a refusal does not say who is calling.
 */
final class OriginChecks {
  private static final Set<String> BROWSER_HEADERS = Set.of("origin", "referer", "sec-fetch-site", "sec-fetch-mode");
  private static final Set<String> HEADER_READS = Set.of("get", "header");

  private OriginChecks() {}

  /** True when {@code denial} (the refusal's status) is answered in an {@code if} whose test compares only browser headers. */
  static boolean onlyRefusesOtherPages(ISwc4jAst denial, FunctionUnit unit) {
    Optional<Swc4jAstIfStmt> check = enclosingIf(denial, unit);
    if (check.isEmpty()) {
      return false;
    }
    ISwc4jAst test = check.get().getTest();
    return mentions(test, n -> readsBrowserHeader(n) || namesBrowserHeaderRead(n, unit))
        && !mentions(test, n -> Ast.call(n).filter(OriginChecks::checksCredential).isPresent());
  }

  /** The {@code if} whose branch (not its test) holds {@code node}, inside {@code unit}'s own code. */
  private static Optional<Swc4jAstIfStmt> enclosingIf(ISwc4jAst node, FunctionUnit unit) {
    ISwc4jAst child = node;
    for (ISwc4jAst p = node.getParent(); p != null && p != unit.node(); child = p, p = p.getParent()) {
      if (PassThrough.isFunction(p)) {
        return Optional.empty();
      }
      if (p instanceof Swc4jAstIfStmt s) {
        return s.getTest() == child ? Optional.empty() : Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** {@code request.headers.get("Origin")}, {@code c.req.header("referer")}. */
  private static boolean readsBrowserHeader(ISwc4jAst node) {
    return Ast.call(node).filter(c -> c.unwrappedCallee() instanceof Swc4jAstMemberExpr
        && RequestAuthChecks.readsHeader(c, HEADER_READS, BROWSER_HEADERS)).isPresent();
  }

  /** A local that holds such a read ({@code const origin = request.headers.get("Origin")}). */
  private static boolean namesBrowserHeaderRead(ISwc4jAst node, FunctionUnit unit) {
    return node instanceof Swc4jAstIdent id && unit.lookup(id.getSym())
        .filter(d -> d instanceof Declaration.Variable v && v.init() != null && readsBrowserHeader(Ast.unwrap(v.init()))).isPresent();
  }

  /** A call in the test that checks more than the header: a credential check ({@code verifyToken(...)}) or a credential header. */
  private static boolean checksCredential(Ast.Call call) {
    ISwc4jAst callee = call.unwrappedCallee();
    Optional<String> name = Ast.calleeName(callee);
    return name.filter(RequestAuthChecks::guardName).isPresent() || RequestAuthChecks.readsCredentialHeader(call);
  }

  private static boolean mentions(ISwc4jAst node, java.util.function.Predicate<ISwc4jAst> test) {
    if (test.test(node)) {
      return true;
    }
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null && !PassThrough.isFunction(child) && mentions(child, test)) {
        return true;
      }
    }
    return false;
  }
}
