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
 * An SDK that puts Durable Objects behind a router and names instances: a router call in the Worker sends
 * {@code /<prefix>/<class>/<name>} to any class the config binds, a helper returns the stub of one instance
 * by name, and browser hooks connect to the instance their options name. The Agents SDK and PartyServer
 * differ only in these names, so each is a subclass that lists them.
 */
abstract class NamedInstanceSdk implements Convention {
  private final Set<String> byName;
  private final Set<String> routers;
  private final List<NamedInstances.Hook> hooks;

  NamedInstanceSdk(Set<String> byName, Set<String> routers, List<NamedInstances.Hook> hooks) {
    this.byName = byName;
    this.routers = routers;
    this.hooks = hooks;
  }

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    if (NamedInstances.callsAny(module, routers)) {
      scope.routesToEveryDurableObject();
    }
  }

  /** A call of one of the SDK's routers ({@code routeAgentRequest(request, env)}), which hands clients to any bound class. */
  @Override
  public boolean routesTraffic(dev.cfscale.analysis.code.Ast.Call call) {
    return dev.cfscale.analysis.code.Ast.identifier(call.unwrappedCallee()).filter(routers::contains).isPresent();
  }

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    return NamedInstances.byNameHelper(node, unit, byName, evaluator).map(v -> v);
  }

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    NamedInstances.recordByNameHelper(node, unit, byName, scope);
  }

  @Override
  public boolean readsBrowserCode(String source) {
    return hooks.stream().anyMatch(hook -> source.contains(hook.function()));
  }

  @Override
  public void browserCode(SourceModule module, EntryScope scope) {
    if (NamedInstances.workerRoutes(scope, getClass(), routers)) {
      hooks.forEach(hook -> NamedInstances.browserHook(module, scope, hook));
    }
  }
}
