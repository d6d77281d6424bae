package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.EntryKind;

/** The service-worker format: {@code addEventListener("fetch", (event) => ...)} (bindings are globals there). */
final class ServiceWorkerListeners implements Convention {

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    for (Swc4jAstCallExpr call : module.calls()) {
      if (Ast.unwrap(call.getCallee()) instanceof Swc4jAstIdent id && id.getSym().equals("addEventListener") && call.getArgs().size() >= 2
          && scope.evaluator().eval(call.getArgs().get(0).getExpr(), module.topLevel()) instanceof Value.Text event) {
        EntryKind kind = HandlerNames.KINDS.get(event.text());
        if (kind != null) {
          scope.functionValue(call.getArgs().get(1).getExpr(), module.topLevel()).ifPresent(u -> scope.add(kind, event.text(), module, call, u));
        }
      }
    }
  }
}
