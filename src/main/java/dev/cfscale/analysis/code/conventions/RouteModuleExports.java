package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstMethodProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The request handlers a file-based framework route module exports (React Router/Remix loaders and actions,
 * SvelteKit {@code load}, verbs and form actions, Next.js and Astro verbs). Shared by the conventions that know which
 * files are route modules; one module claimed by two of them yields the same entries, counted once.
 */
final class RouteModuleExports {
  private RouteModuleExports() {}

  private static final Set<String> HANDLERS = Set.of("loader", "action", "load", "GET", "POST", "PUT", "PATCH", "DELETE", "ALL");

  /** Adds a route entry for each handler {@code module} exports; Pages Functions' files are theirs alone. */
  static void add(SourceModule module, EntryScope scope) {
    String path = module.relativePath();
    if (path.contains("functions/")) {
      return;
    }
    for (Map.Entry<String, String> export : module.exports().entrySet()) {
      if (HANDLERS.contains(export.getKey())) {
        module.topLevel().lookup(export.getValue()).flatMap(scope::declarationUnit).ifPresent(u ->
            scope.add(EntryKind.ROUTE, export.getKey() + " " + path, module, u.node(), u));
      }
    }
    String actions = module.exports().get("actions");
    if (actions != null && fileName(path).startsWith("+page.server.")) {
      formActions(module, actions, scope);
    }
  }

  /**
   * SvelteKit's form actions: {@code export const actions = { default: ..., addReply: ... }} in a {@code +page.server.ts}.
   * Any client can post to each ({@code ?/addReply}), so each is a route entry (https://svelte.dev/docs/kit/form-actions).
   */
  private static void formActions(SourceModule module, String local, EntryScope scope) {
    Optional<ISwc4jAst> init = module.topLevel().wholeVariable(local).map(v -> Ast.unwrap(v.init()));
    if (init.isEmpty() || !(init.get() instanceof Swc4jAstObjectLit object)) {
      return;
    }
    String path = module.relativePath();
    for (ISwc4jAst prop : object.getProps()) {
      Optional<String> name = prop instanceof Swc4jAstMethodProp m ? Ast.name(m.getKey())
          : prop instanceof Swc4jAstKeyValueProp kv ? Ast.name(kv.getKey()) : Ast.identifier(prop);
      Optional<FunctionUnit> handler = prop instanceof Swc4jAstMethodProp ? module.unitAt(prop)
          : prop instanceof Swc4jAstKeyValueProp kv ? scope.functionValue(kv.getValue(), module.topLevel())
          : prop instanceof Swc4jAstIdent ? scope.functionValue(prop, module.topLevel()) : Optional.empty();
      if (name.isPresent() && handler.isPresent()) {
        scope.add(EntryKind.ROUTE, "action " + name.get() + " " + path, module, prop, handler.get());
      }
    }
  }

  /** The file name of a module path ({@code app/routes/x/route.tsx} -> {@code route.tsx}). */
  static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
