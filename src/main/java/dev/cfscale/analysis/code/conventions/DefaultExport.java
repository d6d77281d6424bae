package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultExpr;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.SourceModule;
import java.util.ArrayList;
import java.util.List;

/** A module's {@code export default} items, and what each exports (a variable followed to its initializer). */
final class DefaultExport {
  private DefaultExport() {}

  /** The {@code export default ...} items (entries are anchored at them or inside them). */
  static List<Swc4jAstExportDefaultExpr> items(SourceModule module) {
    List<Swc4jAstExportDefaultExpr> out = new ArrayList<>();
    for (ISwc4jAst item : module.program().getChildNodes()) {
      if (item instanceof Swc4jAstExportDefaultExpr export) {
        out.add(export);
      }
    }
    return out;
  }

  /** The exported expression, unwrapped; {@code export default app} gives app's initializer. */
  static ISwc4jAst expression(Swc4jAstExportDefaultExpr export, SourceModule module) {
    ISwc4jAst expr = Ast.unwrap(export.getExpr());
    if (expr instanceof Swc4jAstIdent id) {
      return module.topLevel().lookup(id.getSym())
          .filter(d -> d instanceof Declaration.Variable).map(d -> Ast.unwrap(((Declaration.Variable) d).init())).orElse(expr);
    }
    return expr;
  }
}
