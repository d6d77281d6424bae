package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForOfStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDecl;
import java.util.Optional;
import java.util.Set;

/**
 * Names that hold one element of a list: the variable of a {@code for (const x of LIST)} and the first parameter of a
 * callback over {@code LIST.map((x) => ...)} (and kin). What the list holds (constant texts, client input) tells what
 * the name holds.
 */
final class ListElements {
  private static final Set<String> ELEMENT_CALLBACKS = Set.of("map", "forEach", "flatMap", "filter", "some", "every", "find");

  private ListElements() {}

  /** The list a {@code for (const name of LIST)} around {@code id} iterates, when {@code id} is its loop variable. */
  static Optional<ISwc4jAst> loopOver(Swc4jAstIdent id) {
    for (ISwc4jAst p = id.getParent(); p != null; p = p.getParent()) {
      if (p instanceof Swc4jAstForOfStmt loop && loop.getLeft() instanceof Swc4jAstVarDecl decl && decl.getDecls().size() == 1
          && decl.getDecls().get(0).getName() instanceof Swc4jAstBindingIdent b && b.getId().getSym().equals(id.getSym())) {
        return Optional.of(loop.getRight());
      }
      if (p instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstFunction || p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr) {
        return Optional.empty(); // loops outside the enclosing function do not bind it
      }
    }
    return Optional.empty();
  }

  /** For the first parameter of a callback passed to {@code LIST.map(...)} (and kin): LIST. */
  static Optional<ISwc4jAst> callbackList(Declaration.Parameter p) {
    ISwc4jAst fn = p.unit().node();
    if (p.index() == 0 && fn.getParent() instanceof Swc4jAstExprOrSpread arg && arg.getParent() instanceof Swc4jAstCallExpr call
        && Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter(ELEMENT_CALLBACKS::contains).isPresent()) {
      return Optional.of(m.getObj());
    }
    return Optional.empty();
  }
}
