package dev.cfscale.parse.ts;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstMethodProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdentName;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImport;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultExpr;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportNamedSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstNamedExport;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.program.Swc4jAstModule;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstFnDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator;
import dev.cfscale.discover.HandlerShapes;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a candidate entry script with the parser to say whether it is a Pages Function or a Worker: the exports are
 * declarations, not text, so a handler named in a comment, a string or a nested scope does not count, and one written
 * in any layout does.
 */
public final class ScriptHandlerShapes implements HandlerShapes {
  /** Pages Functions' handler exports (https://developers.cloudflare.com/pages/functions/api-reference/). */
  private static final Set<String> PAGES_HANDLERS = Set.of("onRequest", "onRequestGet", "onRequestPost", "onRequestPut",
      "onRequestPatch", "onRequestDelete", "onRequestHead", "onRequestOptions");

  private final TsParser parser;

  public ScriptHandlerShapes(TsParser parser) {
    this.parser = parser;
  }

  @Override
  public boolean exportsPagesHandler(String fileName, String source) {
    return module(fileName, source).map(m -> m.getBody().stream().anyMatch(ScriptHandlerShapes::exportsPagesHandler)).orElse(false);
  }

  @Override
  public boolean servesFetch(String fileName, String source) {
    return module(fileName, source).map(m -> m.getBody().stream().anyMatch(ScriptHandlerShapes::defaultExportsFetch)
        || contains(m, ScriptHandlerShapes::listensForFetch)).orElse(false);
  }

  @Override
  public boolean loadsPackage(String fileName, String source, String packageName) {
    return module(fileName, source).map(m -> m.getBody().stream()
        .anyMatch(i -> i instanceof Swc4jAstImportDecl d && !d.isTypeOnly() && d.getSrc().getValue().equals(packageName))
        || contains(m, n -> requires(n, packageName) || listed(n, packageName))).orElse(false);
  }

  /** {@code require('pkg')} or {@code import('pkg')}. */
  private static boolean requires(ISwc4jAst node, String packageName) {
    return node instanceof Swc4jAstCallExpr call && !call.getArgs().isEmpty()
        && (call.getCallee() instanceof Swc4jAstIdent id && id.getSym().equals("require") || call.getCallee() instanceof Swc4jAstImport)
        && call.getArgs().get(0).getExpr() instanceof Swc4jAstStr s && s.getValue().equals(packageName);
  }

  /** {@code ['pkg', ...]}: an element of a list of modules or plugins. */
  private static boolean listed(ISwc4jAst node, String packageName) {
    return node instanceof Swc4jAstArrayLit array && array.getElems().stream().anyMatch(e -> e.isPresent()
        && e.get().getSpread().isEmpty() && e.get().getExpr() instanceof Swc4jAstStr s && s.getValue().equals(packageName));
  }

  private Optional<Swc4jAstModule> module(String fileName, String source) {
    try {
      return parser.parse(fileName, source) instanceof Swc4jAstModule m ? Optional.of(m) : Optional.empty();
    } catch (SourceParseException | RuntimeException e) {
      return Optional.empty(); // a script the parser cannot read is one the audit cannot analyse either
    }
  }

  /** {@code export function onRequestPost}, {@code export const onRequest = ...}, {@code export { handler as onRequest }}. */
  private static boolean exportsPagesHandler(ISwc4jAst item) {
    if (item instanceof Swc4jAstExportDecl d) {
      if (d.getDecl() instanceof Swc4jAstFnDecl fn) {
        return PAGES_HANDLERS.contains(fn.getIdent().getSym());
      }
      if (d.getDecl() instanceof Swc4jAstVarDecl v) {
        for (Swc4jAstVarDeclarator decl : v.getDecls()) {
          if (decl.getName() instanceof Swc4jAstBindingIdent b && PAGES_HANDLERS.contains(b.getId().getSym())) {
            return true;
          }
        }
      }
      return false;
    }
    if (item instanceof Swc4jAstNamedExport named && !named.isTypeOnly()) {
      for (ISwc4jAst specifier : named.getSpecifiers()) {
        if (specifier instanceof Swc4jAstExportNamedSpecifier s
            && exportName(s.getExported().isPresent() ? s.getExported().get() : s.getOrig()).filter(PAGES_HANDLERS::contains).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code export default { fetch(request, env) {...} }}, {@code { async fetch() }} or {@code { fetch: app.fetch }}. */
  private static boolean defaultExportsFetch(ISwc4jAst item) {
    if (!(item instanceof Swc4jAstExportDefaultExpr e) || !(TypeWrappers.strip(e.getExpr()) instanceof Swc4jAstObjectLit object)) {
      return false;
    }
    for (ISwc4jAst prop : object.getProps()) {
      ISwc4jAst key = prop instanceof Swc4jAstMethodProp m ? m.getKey() : prop instanceof Swc4jAstKeyValueProp kv ? kv.getKey() : null;
      if (key instanceof Swc4jAstIdentName n && n.getSym().equals("fetch") || key instanceof Swc4jAstStr s && s.getValue().equals("fetch")) {
        return true;
      }
    }
    return false;
  }

  /** A service worker's {@code addEventListener("fetch", ...)} on the global scope (not {@code self.} or {@code window.}). */
  private static boolean listensForFetch(ISwc4jAst node) {
    if (!(node instanceof Swc4jAstCallExpr call) || !(call.getCallee() instanceof Swc4jAstIdent callee)
        || !callee.getSym().equals("addEventListener") || call.getArgs().isEmpty()) {
      return false;
    }
    ISwc4jAst event = call.getArgs().get(0).getExpr();
    return event instanceof Swc4jAstStr s && s.getValue().equals("fetch")
        || event instanceof Swc4jAstTpl t && t.getExprs().isEmpty() && t.getQuasis().size() == 1 && t.getQuasis().get(0).getRaw().equals("fetch");
  }

  private static Optional<String> exportName(ISwc4jAst name) {
    if (name instanceof Swc4jAstIdent id) {
      return Optional.of(id.getSym());
    }
    return name instanceof Swc4jAstStr s ? Optional.of(s.getValue()) : Optional.empty();
  }

  /** Iterative: a bundled script nests deeper than the Java stack would follow by recursion. */
  private static boolean contains(ISwc4jAst root, java.util.function.Predicate<ISwc4jAst> test) {
    java.util.ArrayDeque<ISwc4jAst> pending = new java.util.ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      ISwc4jAst node = pending.pop();
      if (test.test(node)) {
        return true;
      }
      for (ISwc4jAst child : node.getChildNodes()) {
        if (child != null) {
          pending.push(child);
        }
      }
    }
    return false;
  }
}
