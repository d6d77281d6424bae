package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportAll;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstNamedExport;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImport;
import java.util.LinkedHashSet;
import java.util.Set;

/** The module specifiers a parsed file depends on: imports, re-exports and literal dynamic imports. */
final class ImportSpecifiers {
  private ImportSpecifiers() {}

  static Set<String> of(ISwc4jAst program) {
    Set<String> out = new LinkedHashSet<>();
    for (ISwc4jAst item : program.getChildNodes()) {
      if (item instanceof Swc4jAstImportDecl i) {
        out.add(i.getSrc().getValue());
      } else if (item instanceof Swc4jAstExportAll e) {
        out.add(e.getSrc().getValue());
      } else if (item instanceof Swc4jAstNamedExport e) {
        e.getSrc().ifPresent(s -> out.add(s.getValue()));
      }
    }
    if (!program.find(Swc4jAstImport.class).isEmpty()) {
      dynamicImports(program, out);
    }
    return out;
  }

  private static void dynamicImports(ISwc4jAst program, Set<String> out) {
    for (Swc4jAstCallExpr call : program.find(Swc4jAstCallExpr.class)) {
      if (call.getCallee() instanceof Swc4jAstImport && !call.getArgs().isEmpty()
          && Ast.unwrap(call.getArgs().get(0).getExpr()) instanceof Swc4jAstStr s) {
        out.add(s.getValue());
      }
    }
  }
}
