package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstBlockStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstContinueStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstReturnStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstThrowStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTryStmt;
import java.util.List;

/**
 * A call after which its function returns (or throws) before the enclosing loop goes round again: {@code return await
 * handle(item)}, or {@code if (matches) { await fetch(url); return done; }} in a search over a list. It runs at most once
 * per run of that loop, however long the list. A try between the call and the loop keeps the loop going when the call
 * throws (try the next one), and so does a {@code continue} before the return: those still repeat.
 */
final class LeavesAfter {
  private LeavesAfter() {}

  /** True when {@code call}, inside the body of {@code loop}, is followed by a return or throw before the loop's next round. */
  static boolean call(ISwc4jAst call, ISwc4jAst loop) {
    ISwc4jAst child = call;
    for (ISwc4jAst p = call.getParent(); p != null && p != loop; child = p, p = p.getParent()) {
      if (p instanceof Swc4jAstTryStmt) {
        return false;
      }
      if (p instanceof Swc4jAstReturnStmt || p instanceof Swc4jAstThrowStmt) {
        return true;
      }
      if (p instanceof Swc4jAstBlockStmt block && returnsAfter(block.getStmts(), child)) {
        return true;
      }
    }
    return false;
  }

  /** A return or throw among the statements after {@code statement} in its block, with no {@code continue} before it. */
  private static boolean returnsAfter(List<? extends ISwc4jAst> statements, ISwc4jAst statement) {
    boolean after = false;
    for (ISwc4jAst s : statements) {
      if (after && (s instanceof Swc4jAstReturnStmt || s instanceof Swc4jAstThrowStmt)) {
        return true;
      }
      if (after && continues(s)) {
        return false;
      }
      after |= s == statement;
    }
    return false;
  }

  private static boolean continues(ISwc4jAst node) {
    return Ast.contains(node, Swc4jAstContinueStmt.class::isInstance);
  }
}
