package dev.cfscale.analysis.code;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The functions through which a Worker hands clients' traffic to its Durable Object classes: a router call that sends
 * requests to any bound class by URL ({@link Convention#routesTraffic}), or a call through a stub of one class
 * ({@code stub.fetch(request)}, {@code stub.join()}). A class's client hooks (an Agent's {@code onChatMessage}, a
 * PartyServer's {@code onMessage}) run only for the connections these forward, so they are as open as the code around
 * these calls: a Worker that answers 401 before {@code routeAgentRequest(request, env)} keeps anonymous clients out of
 * every hook behind it. {@code known} is false when a router call sits in code no entry reaches (a middleware built at
 * module level), where the way in cannot be judged.
 */
record ClientForwarders(Set<FunctionUnit> routers, Map<String, Set<FunctionUnit>> stubsByClass, boolean known) {
  /** Per module: the functions whose own code calls a router, found once per run. */
  private static final Object ROUTER_UNITS = new Object();

  /** What forwards to class {@code className}; empty when nothing in this Worker is known to. */
  Set<FunctionUnit> of(String className) {
    Set<FunctionUnit> stubs = stubsByClass.getOrDefault(className, Set.of());
    if (!known || routers.isEmpty() && stubs.isEmpty()) {
      return Set.of();
    }
    Set<FunctionUnit> all = Collections.newSetFromMap(new IdentityHashMap<>());
    all.addAll(routers);
    all.addAll(stubs);
    return all;
  }

  /** The router calls of {@code modules} and the stub calls among {@code raw}; {@code reached} tells which code an entry runs. */
  static ClientForwarders find(Project project, List<SourceModule> modules, List<RawOperation> raw, Set<FunctionUnit> reached) {
    Set<FunctionUnit> routers = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Convention> conventions = project.conventions();
    for (SourceModule module : modules) {
      routers.addAll(module.derived(ROUTER_UNITS, m -> routerUnits(m, conventions)));
    }
    Map<String, Set<FunctionUnit>> stubs = new HashMap<>();
    for (RawOperation op : raw) {
      if (op.call().bindingType().filter(dev.cfscale.facts.config.BindingType.DURABLE_OBJECT::equals).isPresent()
          && op.call().operation().startsWith(SiteAssembler.STUB)) {
        Optional<String> target = op.call().binding().flatMap(project::durableObjectClass);
        target.ifPresent(c -> stubs.computeIfAbsent(c, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(op.unit()));
      }
    }
    return new ClientForwarders(routers, stubs, reached.containsAll(routers));
  }

  private static Set<FunctionUnit> routerUnits(SourceModule module, List<Convention> conventions) {
    Set<FunctionUnit> units = Collections.newSetFromMap(new IdentityHashMap<>());
    for (var call : module.calls()) {
      Optional<Ast.Call> shape = Ast.call(call);
      if (shape.isPresent() && conventions.stream().anyMatch(c -> c.routesTraffic(shape.get()))) {
        units.add(module.unitHolding(call));
      }
    }
    return units.isEmpty() ? Set.of() : units;
  }
}
