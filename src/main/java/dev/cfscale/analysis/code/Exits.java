package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstBreakStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstDoWhileStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForInStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForOfStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstReturnStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstSwitchStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstThrowStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstWhileStmt;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClassMethod;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstFunction;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr;

/** Whether a loop body can leave the loop: a return, a throw, or a break that targets this loop. */
final class Exits {
  private Exits() {}

  /**
   * The last answers on this thread (a few loops), since every call inside a loop asks about the same loop:
   * a walk of the loop body per loop instead of per call. Only the tree is read, so answers never go stale.
   */
  private static final int REMEMBERED = 4;
  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[REMEMBERED * 3]);

  static boolean hasExit(ISwc4jAst loop) {
    return remembered(loop, 0, () -> {
      for (ISwc4jAst child : loop.getChildNodes()) {
        if (child != null && exitsOutside(child, null, 0)) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * Whether the loop can be left from somewhere other than {@code excluded} (a try block whose success returns):
   * a return, throw or break in the catch clause or elsewhere in the body, which is what caps a retry loop.
   */
  static boolean hasExitOutside(ISwc4jAst loop, ISwc4jAst excluded) {
    for (ISwc4jAst child : loop.getChildNodes()) {
      if (child != null && exitsOutside(child, excluded, 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code node} leaves the loop, not counting {@code excluded} (null: every exit counts); {@code nesting}
   * counts inner loops and switches, which an unlabeled break would leave instead.
   */
  private static boolean exitsOutside(ISwc4jAst node, ISwc4jAst excluded, int nesting) {
    if (node == excluded || isFunction(node)) {
      return false;
    }
    if (node instanceof Swc4jAstReturnStmt || node instanceof Swc4jAstThrowStmt) {
      return true;
    }
    if (node instanceof Swc4jAstBreakStmt b) {
      return nesting == 0 || b.getLabel().isPresent();
    }
    boolean inner = takesUnlabeledBreak(node);
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null && exitsOutside(child, excluded, inner ? nesting + 1 : nesting)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the loop body has a break that leaves this loop (not one of an inner loop or switch). */
  static boolean hasBreak(ISwc4jAst body) {
    return remembered(body, 1, () -> breaks(body, 0));
  }

  /** The answer to question {@code kind} about {@code node}, from the last few answers when there. */
  private static boolean remembered(ISwc4jAst node, int kind, java.util.function.BooleanSupplier answer) {
    Object[] last = LAST.get();
    for (int i = 0; i < last.length; i += 3) {
      if (last[i] == node && last[i + 1].equals(kind)) {
        return (Boolean) last[i + 2];
      }
    }
    boolean result = answer.getAsBoolean();
    System.arraycopy(last, 0, last, 3, last.length - 3);
    last[0] = node;
    last[1] = kind;
    last[2] = result;
    return result;
  }

  private static boolean breaks(ISwc4jAst node, int nesting) {
    if (isFunction(node)) {
      return false;
    }
    if (node instanceof Swc4jAstBreakStmt b) {
      return nesting == 0 || b.getLabel().isPresent();
    }
    boolean inner = takesUnlabeledBreak(node);
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null && breaks(child, inner ? nesting + 1 : nesting)) {
        return true;
      }
    }
    return false;
  }


  private static boolean isFunction(ISwc4jAst node) {
    return node instanceof Swc4jAstFunction || node instanceof Swc4jAstArrowExpr || node instanceof Swc4jAstClassMethod;
  }

  /** A loop or switch: an unlabeled break inside it leaves it, not the loop around it. */
  private static boolean takesUnlabeledBreak(ISwc4jAst node) {
    return node instanceof Swc4jAstWhileStmt || node instanceof Swc4jAstDoWhileStmt || node instanceof Swc4jAstForStmt
        || node instanceof Swc4jAstForOfStmt || node instanceof Swc4jAstForInStmt || node instanceof Swc4jAstSwitchStmt;
  }
}
