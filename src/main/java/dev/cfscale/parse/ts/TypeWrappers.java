package dev.cfscale.parse.ts;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsAsExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsConstAssertion;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsNonNullExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsSatisfiesExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsTypeAssertion;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;

/**
 * Parentheses and TypeScript-only wrappers ({@code x as T}, {@code x!}, {@code x satisfies T}, {@code <T>x},
 * {@code x as const}) change no value: whoever reads a value from the tree looks through them.
 */
public final class TypeWrappers {
  private TypeWrappers() {}

  /** {@code node} without the parentheses and type-only wrappers around it. */
  public static ISwc4jAst strip(ISwc4jAst node) {
    ISwc4jAst n = node;
    while (true) {
      if (n instanceof Swc4jAstParenExpr p) {
        n = p.getExpr();
      } else if (n instanceof Swc4jAstTsAsExpr a) {
        n = a.getExpr();
      } else if (n instanceof Swc4jAstTsNonNullExpr nn) {
        n = nn.getExpr();
      } else if (n instanceof Swc4jAstTsSatisfiesExpr s) {
        n = s.getExpr();
      } else if (n instanceof Swc4jAstTsTypeAssertion t) {
        n = t.getExpr();
      } else if (n instanceof Swc4jAstTsConstAssertion c) {
        n = c.getExpr();
      } else {
        return n;
      }
    }
  }
}
