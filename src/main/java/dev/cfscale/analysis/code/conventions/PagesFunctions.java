package dev.cfscale.analysis.code.conventions;

import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pages Functions: {@code onRequest}, {@code onRequestGet}, ... exported from a file under {@code functions/},
 * whose path is the route ({@code functions/api/[id].ts} serves {@code /api/[id]}).
 */
final class PagesFunctions implements Convention {
  private static final Set<String> EXPORTS = Set.of("onRequest", "onRequestGet", "onRequestPost", "onRequestPut",
      "onRequestPatch", "onRequestDelete", "onRequestHead", "onRequestOptions");

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    String path = module.relativePath();
    int at = path.indexOf("functions/");
    if (at < 0) {
      return;
    }
    String route = "/" + path.substring(at + "functions/".length()).replaceAll("\\.[cm]?[jt]sx?$", "").replaceAll("(^|/)index$", "");
    for (Map.Entry<String, String> export : module.exports().entrySet()) {
      if (EXPORTS.contains(export.getKey())) {
        module.topLevel().lookup(export.getValue()).flatMap(scope::declarationUnit).ifPresent(u -> {
          String method = export.getKey().substring("onRequest".length()).toUpperCase(Locale.ROOT);
          scope.add(EntryKind.PAGES_FUNCTION, (method.isEmpty() ? "ALL" : method) + " " + route, module, u.node(), u);
        });
      }
    }
  }
}
