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

  /** The specifiers of {@code program}, parsed from {@code text}. */
  static Set<String> of(ISwc4jAst program, String text) {
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
    if (mayCallImport(text)) {
      dynamicImports(program, out);
    }
    return out;
  }

  /**
   * The specifiers of {@code program} that only type declarations name ({@code import type { Env } from "../worker/src"},
   * {@code import { type AppType } from "@acme/api"}, {@code export type { X } from "./x"}): TypeScript erases them, so
   * the module they name is not part of the bundle (a web app typing its client with the API Worker's {@code AppType}
   * does not run the API's code).
   */
  static Set<String> typeOnly(ISwc4jAst program) {
    Set<String> typed = new LinkedHashSet<>();
    Set<String> runtime = new LinkedHashSet<>();
    for (ISwc4jAst item : program.getChildNodes()) {
      if (item instanceof Swc4jAstImportDecl i) {
        (erased(i) ? typed : runtime).add(i.getSrc().getValue());
      } else if (item instanceof Swc4jAstNamedExport e && e.getSrc().isPresent()) {
        (e.isTypeOnly() ? typed : runtime).add(e.getSrc().get().getValue());
      } else if (item instanceof Swc4jAstExportAll e) {
        runtime.add(e.getSrc().getValue());
      }
    }
    typed.removeAll(runtime);
    return typed;
  }

  /** {@code import type ...}, or named imports that are each marked {@code type}. */
  private static boolean erased(Swc4jAstImportDecl i) {
    return i.isTypeOnly() || !i.getSpecifiers().isEmpty() && i.getSpecifiers().stream()
        .allMatch(s -> s instanceof com.caoccao.javet.swc4j.ast.module.Swc4jAstImportNamedSpecifier n && n.isTypeOnly());
  }

  /**
   * False when no {@code import} in the text is followed (after spaces) by an opening parenthesis or a comment: then
   * the file has no dynamic import and the syntax tree need not be walked for one (most files; the walk copies every
   * node's child list). A word "import" in a string or comment only costs the walk.
   */
  static boolean mayCallImport(String text) {
    for (int at = text.indexOf("import"); at >= 0; at = text.indexOf("import", at + 6)) {
      int i = at + 6;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i < text.length() && (text.charAt(i) == '(' || text.charAt(i) == '/')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Literal {@code import("x")} calls anywhere in the tree, in source order: one walk (swc4j's {@code find} copies
   * every node's child list, and was called twice per file).
   */
  private static void dynamicImports(ISwc4jAst node, Set<String> out) {
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child == null) {
        continue;
      }
      if (child instanceof Swc4jAstCallExpr call && call.getCallee() instanceof Swc4jAstImport && !call.getArgs().isEmpty()
          && Ast.unwrap(call.getArgs().get(0).getExpr()) instanceof Swc4jAstStr s) {
        out.add(s.getValue());
      }
      dynamicImports(child, out);
    }
  }
}
