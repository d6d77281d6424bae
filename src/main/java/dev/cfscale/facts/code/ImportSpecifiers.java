package dev.cfscale.facts.code;

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
    program.find(Swc4jAstImportDecl.class).forEach(i -> out.add(i.getSrc().getValue()));
    program.find(Swc4jAstExportAll.class).forEach(e -> out.add(e.getSrc().getValue()));
    program.find(Swc4jAstNamedExport.class).forEach(e -> e.getSrc().ifPresent(s -> out.add(s.getValue())));
    for (Swc4jAstCallExpr call : program.find(Swc4jAstCallExpr.class)) {
      if (call.getCallee() instanceof Swc4jAstImport && !call.getArgs().isEmpty()
          && Ast.unwrap(call.getArgs().get(0).getExpr()) instanceof Swc4jAstStr s) {
        out.add(s.getValue());
      }
    }
    return out;
  }
}
