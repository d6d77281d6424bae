package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstBinaryOp;
import com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstUnaryExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNull;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstDoWhileStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstWhileStmt;
import java.util.Set;

/**
 * A read whose value is only tested for presence, never kept: {@code if ((await KV.get(code)) === null) break},
 * {@code if (await KV.get(slug)) return conflict}, {@code while (await KV.get(id))}. A URL shortener or a pastebin
 * checks that a fresh name is free this way before its first put; nothing it read is written back.
 */
final class ExistenceChecks {
  private static final Set<Swc4jAstBinaryOp> EQUALITY = Set.of(Swc4jAstBinaryOp.EqEqEq, Swc4jAstBinaryOp.NotEqEq,
      Swc4jAstBinaryOp.EqEq, Swc4jAstBinaryOp.NotEq);

  private ExistenceChecks() {}

  /** True when the value of {@code call} (awaited, in parentheses) is compared with null/undefined, negated or a loop's or if's test. */
  static boolean is(ISwc4jAst call) {
    ISwc4jAst child = call;
    ISwc4jAst p = call.getParent();
    while (p instanceof Swc4jAstAwaitExpr || p instanceof Swc4jAstParenExpr) {
      child = p;
      p = p.getParent();
    }
    if (p instanceof Swc4jAstBinExpr b && EQUALITY.contains(b.getOp())) {
      return absent(b.getLeft() == child ? b.getRight() : b.getLeft());
    }
    if (p instanceof Swc4jAstUnaryExpr u && u.getOp() == Swc4jAstUnaryOp.Bang) {
      return true;
    }
    return p instanceof Swc4jAstIfStmt i && i.getTest() == child || p instanceof Swc4jAstWhileStmt w && w.getTest() == child
        || p instanceof Swc4jAstDoWhileStmt d && d.getTest() == child;
  }

  private static boolean absent(ISwc4jAst node) {
    ISwc4jAst value = Ast.unwrap(node);
    return value instanceof Swc4jAstNull || value instanceof Swc4jAstIdent i && i.getSym().equals("undefined");
  }
}
