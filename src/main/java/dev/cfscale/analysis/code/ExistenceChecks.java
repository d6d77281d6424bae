package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstBinaryOp;
import com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCondExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstUnaryExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstDoWhileStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator;
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

  private static final Set<Swc4jAstBinaryOp> LOGICAL = Set.of(Swc4jAstBinaryOp.LogicalAnd, Swc4jAstBinaryOp.LogicalOr);

  private ExistenceChecks() {}

  /**
   * True when the value of {@code call} (awaited, in parentheses) is compared with null/undefined, negated or a loop's or
   * if's test, or is held in a variable that {@code unit} only tests so ({@code const taken = await KV.get(k); if (taken)
   * return conflict}).
   */
  static boolean is(ISwc4jAst call, FunctionUnit unit) {
    ISwc4jAst child = call;
    ISwc4jAst p = call.getParent();
    while (p instanceof Swc4jAstAwaitExpr || p instanceof Swc4jAstParenExpr) {
      child = p;
      p = p.getParent();
    }
    ISwc4jAst value = child;
    if (p instanceof Swc4jAstVarDeclarator d && d.getInit().filter(init -> init == value).isPresent()
        && d.getName() instanceof Swc4jAstBindingIdent b) {
      return onlyTested(b.getId().getSym(), unit);
    }
    return tested(p, child);
  }

  /** {@code value}, a child of {@code p}, is only tested for presence there. */
  private static boolean tested(ISwc4jAst p, ISwc4jAst value) {
    if (p instanceof Swc4jAstBinExpr b && EQUALITY.contains(b.getOp())) {
      return Ast.nullish(b.getLeft() == value ? b.getRight() : b.getLeft());
    }
    if (p instanceof Swc4jAstUnaryExpr u && u.getOp() == Swc4jAstUnaryOp.Bang) {
      return true;
    }
    return p instanceof Swc4jAstIfStmt i && i.getTest() == value || p instanceof Swc4jAstWhileStmt w && w.getTest() == value
        || p instanceof Swc4jAstDoWhileStmt d && d.getTest() == value || p instanceof Swc4jAstCondExpr c && c.getTest() == value;
  }

  /** Every read of variable {@code name} in {@code unit} tests it for presence (also as part of {@code taken && !force} in a test). */
  private static boolean onlyTested(String name, FunctionUnit unit) {
    int[] reads = {0};
    boolean otherUse = Ast.contains(unit.node(), n -> {
      // the declared name itself sits in a binding pattern: not a read
      if (!(n instanceof Swc4jAstIdent id) || !id.getSym().equals(name) || id.getParent() instanceof Swc4jAstBindingIdent) {
        return false;
      }
      reads[0]++;
      return !inTest(id);
    });
    return !otherUse && reads[0] > 0;
  }

  private static boolean inTest(ISwc4jAst read) {
    ISwc4jAst child = read;
    ISwc4jAst p = read.getParent();
    while (p instanceof Swc4jAstParenExpr || p instanceof Swc4jAstBinExpr b && LOGICAL.contains(b.getOp())) {
      child = p;
      p = p.getParent();
    }
    return tested(p, child);
  }
}
