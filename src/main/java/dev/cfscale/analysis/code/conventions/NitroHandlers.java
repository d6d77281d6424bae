package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultExpr;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.AdminPaths;
import dev.cfscale.facts.code.EntryKind;
import java.util.Set;

/**
 * Nitro server routes (Nuxt, SolidStart, Analog): {@code export default defineEventHandler(async (event) => ...)}
 * in a file under {@code server/api/}, {@code server/routes/} or {@code server/middleware/} runs per request.
 */
final class NitroHandlers implements Convention {
  /** Nitro's handler factories. */
  private static final Set<String> FACTORIES = Set.of("defineEventHandler", "eventHandler", "defineCachedEventHandler");

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    if (!isServerRoute(module)) {
      return;
    }
    for (Swc4jAstExportDefaultExpr export : DefaultExport.items(module)) {
      if (DefaultExport.expression(export, module) instanceof Swc4jAstCallExpr call && !call.getArgs().isEmpty()
          && Ast.identifier(call.getCallee()).filter(FACTORIES::contains).isPresent()) {
        scope.functionValue(call.getArgs().get(0).getExpr(), module.topLevel()).ifPresent(u ->
            scope.add(EntryKind.ROUTE, "handler " + module.relativePath() + (AdminGuards.adminOnly(u, scope.project()) ? AdminPaths.ADMIN_ONLY : ""),
                module, export, u));
      }
    }
  }

  private static boolean isServerRoute(SourceModule module) {
    String path = "/" + module.relativePath();
    return path.contains("/server/api/") || path.contains("/server/routes/") || path.contains("/server/middleware/");
  }
}
