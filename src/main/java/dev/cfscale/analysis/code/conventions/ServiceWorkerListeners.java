package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import dev.cfscale.analysis.code.Ast;
import java.util.List;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.EntryKind;

/** The service-worker format: {@code addEventListener("fetch", (event) => ...)} (bindings are globals there). */
final class ServiceWorkerListeners implements Convention {

  /** The module's {@code addEventListener(a, b, ...)} calls, found once per run. */
  private static final Object LISTENER_CALLS = new Object();

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    List<Swc4jAstCallExpr> listeners = module.derived(LISTENER_CALLS, m -> m.calls().stream().filter(call ->
        Ast.unwrap(call.getCallee()) instanceof Swc4jAstIdent id && id.getSym().equals("addEventListener") && call.getArgs().size() >= 2).toList());
    for (Swc4jAstCallExpr call : listeners) {
      if (scope.evaluator().eval(call.getArgs().get(0).getExpr(), module.topLevel()) instanceof Value.Text event) {
        EntryKind kind = HandlerNames.KINDS.get(event.text());
        if (kind != null) {
          scope.functionValue(call.getArgs().get(1).getExpr(), module.topLevel()).ifPresent(u -> scope.add(kind, event.text(), module, call, u));
        }
      }
    }
  }
}
