package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNumber;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.Optional;
import java.util.Set;

/**
 * A collection an object keeps to a named cap: {@code for (const id of [...this.#warm])} in a class whose code fills
 * it {@code while (this.#warm.size < WARM_TARGET)}, with {@code const WARM_TARGET = 1}. A loop over it is bounded by
 * the code, like a loop over a short literal list, not by the input.
 */
final class CappedCollections {
  private static final Set<String> SIZES = Set.of("size", "length");

  private CappedCollections() {}

  /** True when {@code iterated} is {@code this.x} (or {@code [...this.x]}) and the class compares its size below a small constant. */
  static boolean capped(ISwc4jAst iterated, FunctionUnit unit, int smallest) {
    Optional<String> field = thisField(iterated);
    Optional<ClassInfo> owner = unit.owner();
    return field.isPresent() && owner.isPresent() && comparesBelowCap(owner.get().node(), field.get(), unit, smallest);
  }

  private static Optional<String> thisField(ISwc4jAst iterated) {
    ISwc4jAst n = Ast.unwrap(iterated);
    if (n instanceof Swc4jAstArrayLit a && a.getElems().size() == 1 && a.getElems().get(0).isPresent()
        && a.getElems().get(0).get().getSpread().isPresent()) {
      n = Ast.unwrap(a.getElems().get(0).get().getExpr()); // [...this.x]
    }
    return n instanceof Swc4jAstMemberExpr m && Ast.unwrap(m.getObj()) instanceof Swc4jAstThisExpr ? Ast.propName(m) : Optional.empty();
  }

  /** {@code this.field.size < CAP} (or {@code <=}) somewhere in the class, CAP a constant of at most {@code smallest}. */
  private static boolean comparesBelowCap(ISwc4jAst node, String field, FunctionUnit unit, int smallest) {
    if (node instanceof Swc4jAstBinExpr b && Set.of("<", "<=").contains(b.getOp().getName()) && sizeOf(b.getLeft(), field)
        && smallConstant(b.getRight(), unit, smallest)) {
      return true;
    }
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null && comparesBelowCap(child, field, unit, smallest)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sizeOf(ISwc4jAst expr, String field) {
    return Ast.unwrap(expr) instanceof Swc4jAstMemberExpr size && Ast.propName(size).filter(SIZES::contains).isPresent()
        && thisField(size.getObj()).filter(field::equals).isPresent();
  }

  private static boolean smallConstant(ISwc4jAst expr, FunctionUnit unit, int smallest) {
    ISwc4jAst n = Ast.unwrap(expr);
    if (Ast.identifier(n).isPresent()) {
      n = unit.wholeVariable(Ast.identifier(n).get()).map(v -> Ast.unwrap(v.init())).orElse(n);
    }
    return n instanceof Swc4jAstNumber number && number.getValue() <= smallest;
  }
}
