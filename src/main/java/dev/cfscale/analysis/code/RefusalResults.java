package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstReturnStmt;
import java.util.Optional;

/**
 * A helper's answer that its caller hands back when it is a refusal: {@code const member = await memberOr401(req);
 * if (member instanceof Response) return member;}, {@code const denied = await checkKey(req); if (denied) return
 * denied;}, {@code if (!(await allowed(req))) return deny();}. The caller goes on only when the helper let it.
 */
public final class RefusalResults {
  private RefusalResults() {}

  /** True when {@code unit} tests the result of {@code call} in an {@code if} whose branch returns. */
  public static boolean returnedEarly(ISwc4jAst call, FunctionUnit unit) {
    for (ISwc4jAst p = call.getParent(); p != null && p != unit.node(); p = p.getParent()) {
      if (p instanceof Swc4jAstIfStmt branch && Ast.contains(branch.getTest(), n -> n == call) && Ast.contains(branch.getCons(),
          Swc4jAstReturnStmt.class::isInstance)) {
        return true;
      }
    }
    Optional<String> variable = CacheAside.resultVariable(call);
    return variable.isPresent() && testsAndReturns(unit.node(), variable.get(), unit);
  }

  /** An {@code if} of the unit's own code (not of nested functions) whose test reads {@code variable} and whose branch returns. */
  private static boolean testsAndReturns(ISwc4jAst node, String variable, FunctionUnit unit) {
    if (node != unit.node() && unit.module().unitAt(node).isPresent()) {
      return false;
    }
    if (node instanceof Swc4jAstIfStmt branch && Ast.contains(branch.getTest(), n -> n instanceof Swc4jAstIdent id && id.getSym().equals(variable))
        && Ast.contains(branch.getCons(), Swc4jAstReturnStmt.class::isInstance)) {
      return true;
    }
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null && testsAndReturns(child, variable, unit)) {
        return true;
      }
    }
    return false;
  }
}
