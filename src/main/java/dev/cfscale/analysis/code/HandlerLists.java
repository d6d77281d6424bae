package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForOfStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chain of handlers walked in order: {@code for (const handler of HANDLERS) await handler.handle(update, ctx)}, where
 * the list is an array literal of project class instances ({@code [new EnvChecker(), new ChatHandler()]}), also when
 * it reaches the loop through a field ({@code this.handlers}, set from a constructor argument). The call runs each
 * element's method, once per element: a list written out in the code, not data that grows.
 */
final class HandlerLists {
  private HandlerLists() {}

  /** One handler list call: the methods it runs, and the loop that walks the list. */
  record Walk(List<FunctionUnit> methods, Swc4jAstForOfStmt loop) {}

  /** The walk {@code callee} stands for when it is {@code element.method} of a for-of over such a list, else none. */
  static Optional<Walk> of(ISwc4jAst callee, FunctionUnit unit, Evaluator evaluator) {
    if (!(Ast.unwrap(callee) instanceof Swc4jAstMemberExpr m) || !(Ast.unwrap(m.getObj()) instanceof Swc4jAstIdent element)
        || unit.lookup(element.getSym()).isPresent()) {
      return Optional.empty();
    }
    Optional<String> method = Ast.propName(m);
    Optional<Swc4jAstForOfStmt> loop = enclosingLoopOver(m, element.getSym(), unit);
    if (method.isEmpty() || loop.isEmpty() || !(evaluator.eval(loop.get().getRight(), unit) instanceof Value.ArrayLiteral list)) {
      return Optional.empty();
    }
    List<FunctionUnit> methods = new ArrayList<>();
    for (Optional<Swc4jAstExprOrSpread> item : list.node().getElems()) {
      if (item.isEmpty() || item.get().getSpread().isPresent()) {
        return Optional.empty();
      }
      Value v = evaluator.eval(item.get().getExpr(), list.scope());
      if ((v instanceof Value.Instance || v instanceof Value.ObjectLiteral) && evaluator.member(v, method.get()) instanceof Value.Function f) {
        methods.add(f.unit());
      }
    }
    return methods.isEmpty() ? Optional.empty() : Optional.of(new Walk(List.copyOf(methods), loop.get()));
  }

  /** The for-of of {@code unit} whose loop variable is {@code name} and whose body holds {@code node}. */
  private static Optional<Swc4jAstForOfStmt> enclosingLoopOver(ISwc4jAst node, String name, FunctionUnit unit) {
    ISwc4jAst child = node;
    for (ISwc4jAst p = node.getParent(); p != null && child != unit.node(); child = p, p = p.getParent()) {
      if (p instanceof Swc4jAstForOfStmt f && child == f.getBody() && declares(f.getLeft(), name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** {@code const handler} (one plain name) as a for-of's left side. */
  private static boolean declares(ISwc4jAst left, String name) {
    return left instanceof Swc4jAstVarDecl d && d.getDecls().size() == 1
        && d.getDecls().get(0).getName() instanceof Swc4jAstBindingIdent b && b.getId().getSym().equals(name);
  }
}
