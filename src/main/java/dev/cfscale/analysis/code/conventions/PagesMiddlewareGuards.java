package dev.cfscale.analysis.code.conventions;

import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.EntryPoint;

/**
 * Pages Functions middleware: a {@code _middleware.js} (or {@code .ts}) runs before every function in its folder
 * and below (https://developers.cloudflare.com/pages/functions/middleware/). When one of its functions checks
 * the caller, the functions under it are guarded.
 */
final class PagesMiddlewareGuards implements Convention {

  @Override
  public boolean guardsEntry(EntryPoint point, FunctionUnit unit, Evaluator evaluator) {
    if (point.kind() != EntryKind.PAGES_FUNCTION) {
      return false;
    }
    String file = point.location().file();
    for (SourceModule module : evaluator.project().modules()) {
      String path = module.relativePath();
      String name = path.substring(path.lastIndexOf('/') + 1);
      String folder = path.substring(0, path.lastIndexOf('/') + 1);
      if (name.startsWith("_middleware.") && file.startsWith(folder) && guards(module, evaluator)) {
        return true;
      }
    }
    return false;
  }

  private static boolean guards(SourceModule module, Evaluator evaluator) {
    return module.units().stream().anyMatch(u -> evaluator.project().conventions().stream().anyMatch(c -> c.guards(u, evaluator)));
  }
}
