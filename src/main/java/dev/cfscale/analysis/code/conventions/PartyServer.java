package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.analysis.code.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PartyServer ({@code partyserver}): {@code routePartykitRequest(request, env)} routes
 * {@code /parties/<party>/<room>} to any Server class the config binds; {@code getServerByName(env.X, room)}
 * is a stub of one room; the browser's {@code usePartySocket({ party, room })} (and y-partyserver's
 * {@code useYProvider}) joins the room it names, so a constant room puts every visitor in one object.
 */
final class PartyServer implements Convention {
  private static final Set<String> BY_NAME = Set.of("getServerByName");
  private static final Set<String> ROUTERS = Set.of("routePartykitRequest");
  private static final List<NamedInstances.Hook> HOOKS = List.of(
      new NamedInstances.Hook("usePartySocket", "party", "room", Optional.empty(), "PartyServer"),
      new NamedInstances.Hook("useYProvider", "party", "room", Optional.empty(), "y-partyserver"));

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    if (NamedInstances.callsAny(module, ROUTERS)) {
      scope.routesToEveryDurableObject();
    }
  }

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    return NamedInstances.byNameHelper(node, unit, BY_NAME, evaluator).map(v -> v);
  }

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    NamedInstances.recordByNameHelper(node, unit, BY_NAME, scope);
  }

  @Override
  public boolean readsBrowserCode(String source) {
    return source.contains("usePartySocket") || source.contains("useYProvider");
  }

  @Override
  public void browserCode(SourceModule module, EntryScope scope) {
    if (NamedInstances.workerRoutes(scope, PartyServer.class, ROUTERS)) {
      HOOKS.forEach(hook -> NamedInstances.browserHook(module, scope, hook));
    }
  }
}
