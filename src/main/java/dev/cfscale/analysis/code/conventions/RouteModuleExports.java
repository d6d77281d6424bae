package dev.cfscale.analysis.code.conventions;

import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;
import java.util.Map;
import java.util.Set;

/**
 * The request handlers a file-based framework route module exports (React Router/Remix loaders and actions,
 * SvelteKit {@code load} and verbs, Next.js and Astro verbs). Shared by the conventions that know which
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
  }

  /** The file name of a module path ({@code app/routes/x/route.tsx} -> {@code route.tsx}). */
  static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
