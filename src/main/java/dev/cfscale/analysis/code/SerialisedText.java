package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.Optional;

/**
 * A value the code writes out as text itself: {@code JSON.stringify(report)} or a template, also held in a {@code const}
 * first (a constant marker such as {@code ""} is not: it stores nothing of the request, so it says nothing of it). Whatever request fields it was built from, what a storage write stores then is that text,
 * not an uploaded file handed through (a form whose fields are saved as JSON is no file upload).
 */
final class SerialisedText {
  private SerialisedText() {}

  static boolean is(ISwc4jAst value, FunctionUnit unit) {
    ISwc4jAst n = Ast.unwrap(value);
    Optional<String> name = Ast.identifier(n);
    if (name.isPresent()) {
      Optional<Declaration.Variable> v = unit.wholeVariable(name.get());
      if (v.isEmpty()) {
        return false;
      }
      n = Ast.unwrap(v.get().init());
    }
    return n instanceof Swc4jAstTpl || stringify(n);
  }

  private static boolean stringify(ISwc4jAst node) {
    return Ast.call(node).filter(c -> c.unwrappedCallee() instanceof Swc4jAstMemberExpr m
        && Ast.propName(m).filter("stringify"::equals).isPresent() && Ast.identifier(m.getObj()).filter("JSON"::equals).isPresent())
        .isPresent();
  }
}
