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
    return variable.isPresent() && testedAndReturned(unit).contains(variable.get());
  }

  /** Per module: for each function asked, the names its own {@code if}s test where the branch returns. */
  private static final Object TESTED = new Object();

  /**
   * The names an {@code if} of the unit's own code tests where its branch returns, found in one walk per function and
   * run: asked for every call of every function on an open path.
   */
  private static java.util.Set<String> testedAndReturned(FunctionUnit unit) {
    java.util.Map<FunctionUnit, java.util.Set<String>> byUnit = unit.module().derived(TESTED, m -> new java.util.concurrent.ConcurrentHashMap<>());
    java.util.Set<String> known = byUnit.get(unit);
    if (known == null) {
      java.util.Set<String> names = new java.util.HashSet<>();
      unit.ownCodeHas(unit.node(), n -> {
        if (n instanceof Swc4jAstIfStmt branch && Ast.contains(branch.getCons(), Swc4jAstReturnStmt.class::isInstance)) {
          Ast.contains(branch.getTest(), t -> {
            if (t instanceof Swc4jAstIdent id) {
              names.add(id.getSym());
            }
            return false; // every name of the test
          });
        }
        return false; // visit every node
      });
      known = java.util.Set.copyOf(names);
      byUnit.putIfAbsent(unit, known);
    }
    return known;
  }

  /** {@code await check(c);} or {@code check(c);}: a call made for its effect (or its exception), its value unused. */
  public static boolean resultUnused(ISwc4jAst call) {
    for (ISwc4jAst p = call.getParent(); p != null; p = p.getParent()) {
      if (p instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstExprStmt) {
        return true;
      }
      if (!(p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr || p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr)) {
        return false;
      }
    }
    return false;
  }
}
