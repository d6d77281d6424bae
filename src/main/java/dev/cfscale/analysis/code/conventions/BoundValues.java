package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.FunctionUnit;

/**
 * How a value a query builder binds appears in the SQL rebuilt for planning: {@code ?}, or {@code ('%' || ?)} when it
 * is a search pattern that starts with a wildcard ({@code `%${q}%`}, {@code "%" + q + "%"}, also through a {@code const}), so that a leading
 * wildcard stays visible to the rules.
 */
final class BoundValues {
  private static final int MAX_HOPS = 3;

  private BoundValues() {}

  static String of(ISwc4jAst node, FunctionUnit unit) {
    return startsWithWildcard(node, unit, 0) ? "('%' || ?)" : "?";
  }

  private static boolean startsWithWildcard(ISwc4jAst node, FunctionUnit unit, int hops) {
    ISwc4jAst n = Ast.unwrap(node);
    if (n instanceof Swc4jAstStr s) {
      return s.getValue().startsWith("%");
    }
    if (n instanceof Swc4jAstTpl tpl) {
      return !tpl.getQuasis().isEmpty() && tpl.getQuasis().get(0).getRaw().startsWith("%");
    }
    if (n instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr concat && concat.getOp() == com.caoccao.javet.swc4j.ast.enums.Swc4jAstBinaryOp.Add) {
      return startsWithWildcard(concat.getLeft(), unit, hops); // "%" + q + "%": the pattern starts where its first operand does
    }
    if (n instanceof Swc4jAstIdent id && hops < MAX_HOPS) {
      return DrizzleExpressions.variable(id, unit).map(v -> startsWithWildcard(v.init(), v.scope(), hops + 1)).orElse(false);
    }
    return false;
  }
}
