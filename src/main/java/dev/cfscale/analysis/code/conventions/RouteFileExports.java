package dev.cfscale.analysis.code.conventions;

import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.SourceModule;

/** Next.js route handlers ({@code app/.../route.ts}) and Astro endpoints under {@code src/pages/}: exported verbs run per request. */
final class RouteFileExports implements Convention {

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    String path = module.relativePath();
    if (RouteModuleExports.fileName(path).matches("route\\.[cm]?[jt]sx?") || path.contains("src/pages/")) {
      RouteModuleExports.add(module, scope);
    }
  }
}
