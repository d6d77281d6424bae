package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstUnaryExpr;
import com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import java.util.Optional;

/**
 * A conditional loop that stops at its first success: {@code while (candidates.size > 0 && !found) { ...; if (ok)
 * found = c; }}. Its condition requires a variable to be unset and its body sets it, which ends the loop as a
 * {@code break} would: a search (try each until one answers), not a repetition per item.
 */
final class SearchLoops {
  private SearchLoops() {}

  /** True when {@code test} requires {@code !x} (alone or in an {@code &&} chain) and {@code body} assigns {@code x}. */
  static boolean stopsWhenFound(ISwc4jAst test, ISwc4jAst body) {
    return unset(test).filter(name -> assigns(body, name)).isPresent();
  }

  /** The variable {@code test} requires to be falsy. */
  private static Optional<String> unset(ISwc4jAst test) {
    ISwc4jAst t = Ast.unwrap(test);
    if (t instanceof Swc4jAstUnaryExpr u && u.getOp() == Swc4jAstUnaryOp.Bang) {
      return Ast.identifier(u.getArg());
    }
    if (t instanceof Swc4jAstBinExpr b && b.getOp().getName().equals("&&")) {
      return unset(b.getRight()).or(() -> unset(b.getLeft()));
    }
    return Optional.empty();
  }

  private static boolean assigns(ISwc4jAst node, String name) {
    if (node instanceof Swc4jAstAssignExpr a && (a.getLeft() instanceof Swc4jAstBindingIdent b && b.getId().getSym().equals(name)
        || Ast.identifier(a.getLeft()).filter(name::equals).isPresent())) {
      return true;
    }
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null && assigns(child, name)) {
        return true;
      }
    }
    return false;
  }
}
