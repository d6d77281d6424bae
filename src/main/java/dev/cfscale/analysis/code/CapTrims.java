package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt;
import java.util.Optional;

/**
 * A walk over the items past a cap: {@code if (sessions.length > MAX) { for (const s of sessions.slice(MAX)) ... }}
 * (also through {@code const extra = sessions.slice(MAX)}). It removes what went over the cap since the last trim;
 * when the trim runs with each addition (a login keeps a user's newest sessions), that is the one item just added,
 * so the walk does not repeat with the data the way a walk over the whole list does.
 */
final class CapTrims {
  private CapTrims() {}

  /** True when {@code iterated}, walked by {@code loop} in {@code unit}, is the tail of a list past the cap the loop is guarded by. */
  static boolean overflowOnly(ISwc4jAst iterated, ISwc4jAst loop, FunctionUnit unit) {
    Optional<Ast.Call> slice = Ast.call(initializer(iterated, unit)).filter(c -> c.args().size() == 1
        && c.unwrappedCallee() instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("slice"::equals).isPresent());
    if (slice.isEmpty()) {
      return false;
    }
    ISwc4jAst list = ((Swc4jAstMemberExpr) slice.get().unwrappedCallee()).getObj();
    return guardedBy(loop, unit, text(unit, list), text(unit, slice.get().args().get(0)));
  }

  /** The expression itself, or what a plain {@code const} it names was initialised to. */
  private static ISwc4jAst initializer(ISwc4jAst expression, FunctionUnit unit) {
    ISwc4jAst n = Ast.unwrap(expression);
    if (n instanceof Swc4jAstIdent id) {
      return unit.wholeVariable(id.getSym()).map(v -> Ast.unwrap(v.init())).orElse(n);
    }
    return n;
  }

  /** An {@code if (list.length > cap)} of the unit whose then-branch holds {@code loop}. */
  private static boolean guardedBy(ISwc4jAst loop, FunctionUnit unit, String list, String cap) {
    ISwc4jAst child = loop;
    for (ISwc4jAst p = loop.getParent(); p != null && child != unit.node(); child = p, p = p.getParent()) {
      if (p instanceof Swc4jAstIfStmt branch && child == branch.getCons() && Ast.unwrap(branch.getTest()) instanceof Swc4jAstBinExpr test
          && test.getOp().getName().equals(">") && Ast.unwrap(test.getLeft()) instanceof Swc4jAstMemberExpr length
          && Ast.propName(length).filter("length"::equals).isPresent()
          && text(unit, length.getObj()).equals(list) && text(unit, test.getRight()).equals(cap)) {
        return true;
      }
    }
    return false;
  }

  private static String text(FunctionUnit unit, ISwc4jAst node) {
    return unit.module().text(Ast.unwrap(node));
  }
}
