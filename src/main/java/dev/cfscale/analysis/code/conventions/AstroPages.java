package dev.cfscale.analysis.code.conventions;

import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;

/**
 * Astro pages ({@code src/pages/.../*.astro}) rendered on the server: the frontmatter script runs for each request
 * (the data a page reads through {@code Astro.locals.runtime.env} or {@code getRuntime(Astro.request).env}).
 */
final class AstroPages implements Convention {

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    String path = module.relativePath();
    if (path.endsWith(".astro") && ("/" + path).contains("/src/pages/")) {
      scope.add(EntryKind.ROUTE, "page " + path, module, module.program(), module.topLevel());
    }
  }
}
