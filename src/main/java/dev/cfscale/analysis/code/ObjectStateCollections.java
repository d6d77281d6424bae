package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCondExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.Set;

/**
 * Whether a loop walks a collection its object keeps in one of its own fields: {@code this.pending},
 * {@code [...this.#assignments]}, {@code Array.from(this.failed.values()).filter(due)}, or a local holding such a
 * copy (also one element of it put in front: {@code [next, ...expired]}). Only a method of a class can hold one.
 */
final class ObjectStateCollections {
  /** Methods that return the elements of their receiver, or some of them, in an array or an iterator. */
  private static final Set<String> COPIES = Set.of("values", "keys", "entries", "filter", "sort", "slice", "toSorted", "reverse");
  private static final int MAX_DEPTH = 16;

  private ObjectStateCollections() {}

  /** True when {@code iterated} (in {@code unit}) holds elements of a field of {@code this}. */
  static boolean held(ISwc4jAst iterated, FunctionUnit unit) {
    return unit.owner().isPresent() && held(iterated, unit, 0);
  }

  private static boolean held(ISwc4jAst raw, FunctionUnit unit, int depth) {
    ISwc4jAst node = Ast.unwrap(raw);
    if (depth > MAX_DEPTH) {
      return false;
    }
    if (node instanceof Swc4jAstMemberExpr m) {
      // this.x, or one element of a held collection (sorted[0])
      return Ast.unwrap(m.getObj()) instanceof Swc4jAstThisExpr || held(m.getObj(), unit, depth + 1);
    }
    if (node instanceof Swc4jAstCondExpr cond) {
      return held(cond.getCons(), unit, depth + 1) && held(cond.getAlt(), unit, depth + 1);
    }
    if (node instanceof Swc4jAstArrayLit array) {
      return !array.getElems().isEmpty() && array.getElems().stream()
          .allMatch(e -> e.isPresent() && held(e.get().getExpr(), unit, depth + 1));
    }
    if (node instanceof Swc4jAstIdent id) {
      return unit.wholeVariable(id.getSym()).filter(v -> held(v.init(), v.scope(), depth + 1)).isPresent();
    }
    return Ast.call(node).filter(c -> copies(c, unit, depth)).isPresent();
  }

  /** {@code held.values()}, {@code held.filter(...)}, {@code Array.from(held)}. */
  private static boolean copies(Ast.Call call, FunctionUnit unit, int depth) {
    if (!(call.unwrappedCallee() instanceof Swc4jAstMemberExpr m)) {
      return false;
    }
    if (Ast.identifier(m.getObj()).filter("Array"::equals).isPresent() && Ast.propName(m).filter("from"::equals).isPresent()) {
      return call.args().size() == 1 && held(call.args().get(0), unit, depth + 1);
    }
    return Ast.propName(m).filter(COPIES::contains).isPresent() && held(m.getObj(), unit, depth + 1);
  }
}
