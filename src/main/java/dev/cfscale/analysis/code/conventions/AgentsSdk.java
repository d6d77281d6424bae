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
 * The Agents SDK ({@code agents}): {@code routeAgentRequest(request, env)} routes {@code /agents/<agent>/<name>}
 * to any Agent class the config binds; {@code getAgentByName(env.X, name)} is a stub of one instance; and
 * the browser's {@code useAgent({ agent })} (or {@code useVoiceAgent}) connects to the instance
 * {@code name}, "default" when the option is left out, so a nameless hook puts every visitor on one object.
 */
final class AgentsSdk implements Convention {
  private static final Set<String> BY_NAME = Set.of("getAgentByName");
  private static final Set<String> ROUTERS = Set.of("routeAgentRequest", "agentsMiddleware");
  private static final List<NamedInstances.Hook> HOOKS = List.of(
      new NamedInstances.Hook("useAgent", "agent", "name", Optional.of("default"), "the Agents SDK"),
      new NamedInstances.Hook("useVoiceAgent", "agent", "name", Optional.of("default"), "the Agents SDK"));

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
    return source.contains("useAgent") || source.contains("useVoiceAgent");
  }

  @Override
  public void browserCode(SourceModule module, EntryScope scope) {
    if (NamedInstances.workerRoutes(scope, AgentsSdk.class, ROUTERS)) {
      HOOKS.forEach(hook -> NamedInstances.browserHook(module, scope, hook));
    }
  }
}
