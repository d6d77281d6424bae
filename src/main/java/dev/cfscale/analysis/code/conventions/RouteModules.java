package dev.cfscale.analysis.code.conventions;

import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.SourceModule;

/**
 * React Router / Remix route modules ({@code app/routes/*.tsx}: {@code loader}, {@code action}) and
 * SvelteKit's {@code +server.ts} / {@code +page.server.ts}: their exported handlers run per request.
 */
final class RouteModules implements Convention {

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    String path = module.relativePath();
    if (path.contains("/routes/") || path.startsWith("routes/") || RouteModuleExports.fileName(path).startsWith("+")) {
      RouteModuleExports.add(module, scope);
    }
  }
}
