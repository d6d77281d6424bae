package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstMethodProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultExpr;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.AdminPaths;
import dev.cfscale.facts.code.EntryKind;
import java.util.Optional;
import java.util.Set;

/**
 * Nitro server routes (Nuxt, SolidStart, Analog): {@code export default defineEventHandler(async (event) => ...)}
 * in a file under {@code server/api/}, {@code server/routes/} or {@code server/middleware/} runs per request; a task,
 * {@code export default defineTask({ run({ payload, context }) {...} })} under {@code server/tasks/}, runs on the cron
 * schedule {@code scheduledTasks} gives it (https://nitro.build/guide/tasks), a Cloudflare Cron Trigger on Workers.
 */
final class NitroHandlers implements Convention {
  /** Nitro's handler factories. */
  private static final Set<String> FACTORIES = Set.of("defineEventHandler", "eventHandler", "defineCachedEventHandler");

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    if (("/" + module.relativePath()).contains("/server/tasks/")) {
      task(module, scope);
      return;
    }
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

  /** The {@code run} function of {@code export default defineTask({ run })}, as a scheduled entry. */
  private static void task(SourceModule module, EntryScope scope) {
    for (Swc4jAstExportDefaultExpr export : DefaultExport.items(module)) {
      if (!(DefaultExport.expression(export, module) instanceof Swc4jAstCallExpr call) || call.getArgs().isEmpty()
          || Ast.identifier(call.getCallee()).filter("defineTask"::equals).isEmpty()
          || !(Ast.unwrap(call.getArgs().get(0).getExpr()) instanceof Swc4jAstObjectLit options)) {
        continue;
      }
      for (ISwc4jAst prop : options.getProps()) {
        Optional<FunctionUnit> run = prop instanceof Swc4jAstMethodProp m && Ast.name(m.getKey()).filter("run"::equals).isPresent()
            ? module.unitAt(prop)
            : prop instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).filter("run"::equals).isPresent()
                ? scope.functionValue(kv.getValue(), module.topLevel()) : Optional.empty();
        run.ifPresent(u -> scope.add(EntryKind.SCHEDULED, "task " + module.relativePath(), module, prop, u));
      }
    }
  }

  private static boolean isServerRoute(SourceModule module) {
    String path = "/" + module.relativePath();
    return path.contains("/server/api/") || path.contains("/server/routes/") || path.contains("/server/middleware/");
  }
}
