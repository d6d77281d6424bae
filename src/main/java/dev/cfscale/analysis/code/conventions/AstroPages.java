package dev.cfscale.analysis.code.conventions;

import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;
import java.util.List;

/**
 * Astro pages ({@code src/pages/.../*.astro}) rendered on the server: the frontmatter script runs for each request
 * (the data a page reads through {@code Astro.locals.runtime.env} or {@code getRuntime(Astro.request).env}).
 * A Worker whose own entry hands requests to the adapter ({@code import { handle } from "@astrojs/cloudflare/handler"},
 * the custom entrypoint of https://docs.astro.build/en/guides/integrations-guide/cloudflare/, written to add a queue or
 * cron handler) serves the pages and endpoints under {@code src/pages/}, behind {@code src/middleware}: the adapter loads
 * them through a virtual module, so they are read as framework folders.
 */
final class AstroPages implements Convention {
  private static final String ADAPTER = "@astrojs/cloudflare";
  private static final List<String> APP_FOLDERS = List.of("src/pages", "src/middleware", "src/middleware.ts", "src/middleware.js");

  @Override
  public List<String> frameworkFolders(SourceModule module) {
    return module.imports().stream().anyMatch(s -> s.startsWith(ADAPTER + "/")) ? APP_FOLDERS : List.of();
  }

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    String path = module.relativePath();
    if (path.endsWith(".astro") && ("/" + path).contains("/src/pages/")) {
      scope.add(EntryKind.ROUTE, "page " + path, module, module.program(), module.topLevel());
    }
  }
}
