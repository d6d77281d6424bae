package dev.cfscale.analysis.code;

import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.config.BindingType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Drops the entry points of Durable Object classes that only dead code addresses. A class's methods run
 * only when something gets a stub to it; when the Worker's code gets stubs to a class ({@code MyActor.get()},
 * {@code env.ROOM.idFromName()}) but none of those calls is reached from a live entry (they sit in an
 * alternative handler that is not exported), the class's methods are not entry points either. Nor are those of a
 * class the code never addresses while it addresses another class declared in the same module (a demo file's
 * alternatives: the module shows how its classes are reached, and nothing reaches this one). Other classes no visible
 * call addresses (another Worker's binding, a library router) and classes a router reaches ({@code routeAgentRequest},
 * {@code handler(MyActor)}) stay live: precision first, but never hide code that may run.
 */
final class LiveEntries {
  private static final Set<String> ADDRESSING = Set.of("idFromName", "idFromString", "newUniqueId", "get", "getByName");
  private static final Set<EntryKind> CLASS_KINDS = EnumSet.of(EntryKind.DURABLE_OBJECT_FETCH, EntryKind.RPC, EntryKind.WEBSOCKET,
      EntryKind.ALARM);
  private final Project project;
  private final EntryScope scope;
  private final Map<FunctionUnit, List<FunctionUnit>> callees = new IdentityHashMap<>();

  LiveEntries(Project project, EntryScope scope, List<CallEdge> edges, List<SourceModule> modules) {
    this.project = project;
    this.scope = scope;
    for (SourceModule m : modules) {
      for (FunctionUnit u : m.units()) {
        u.parent().ifPresent(p -> callees.computeIfAbsent(p, k -> new ArrayList<>()).add(u));
      }
    }
    for (CallEdge e : edges) {
      callees.computeIfAbsent(e.caller(), k -> new ArrayList<>()).add(e.callee());
    }
  }

  /** {@code entries} without those of Durable Object classes addressed only from code no live entry reaches. */
  List<EntryScope.Entry> filter(List<EntryScope.Entry> entries, List<RawOperation> operations) {
    Map<String, List<FunctionUnit>> addressedFrom = addressingUnits(operations);
    Set<String> live = new HashSet<>();
    Set<FunctionUnit> reached = Collections.newSetFromMap(new IdentityHashMap<>());
    for (EntryScope.Entry e : entries) {
      String c = classOf(e);
      if (c == null || scope.routed(c) || !addressedFrom.containsKey(c) && !leftover(c, addressedFrom.keySet())) {
        if (c != null) {
          live.add(c);
        }
        visit(e.unit(), reached);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<String, List<FunctionUnit>> a : addressedFrom.entrySet()) {
        if (!live.contains(a.getKey()) && a.getValue().stream().anyMatch(reached::contains)) {
          live.add(a.getKey());
          entries.stream().filter(e -> a.getKey().equals(classOf(e))).forEach(e -> visit(e.unit(), reached));
          changed = true;
        }
      }
    }
    return entries.stream().filter(e -> classOf(e) == null || live.contains(classOf(e))).toList();
  }

  /** Durable Object class -> the units that get a stub to it. */
  private Map<String, List<FunctionUnit>> addressingUnits(List<RawOperation> operations) {
    Map<String, List<FunctionUnit>> out = new HashMap<>();
    for (RawOperation op : operations) {
      if (op.call().bindingType().filter(BindingType.DURABLE_OBJECT::equals).isPresent() && ADDRESSING.contains(op.call().operation())) {
        op.call().binding().flatMap(project::durableObjectClass).ifPresent(c -> out.computeIfAbsent(c, k -> new ArrayList<>()).add(op.unit()));
      }
    }
    return out;
  }

  /**
   * True when the code never addresses class {@code c} but does address another class declared in the same module: the
   * module shows how its classes are reached, and none of that reaches this one (an alternative of a demo file, left bound).
   */
  private boolean leftover(String c, Set<String> addressed) {
    Optional<SourceModule> home = project.classNamed(c).map(ClassInfo::module);
    return home.isPresent() && addressed.stream().map(project::classNamed).flatMap(Optional::stream)
        .anyMatch(k -> k.module() == home.get());
  }

  /** The Durable Object class (bound in the config) an entry is a method of, or null for any other entry. */
  private String classOf(EntryScope.Entry e) {
    if (!CLASS_KINDS.contains(e.point().kind())) {
      return null;
    }
    return e.unit().owner().map(ClassInfo::name).filter(c -> project.durableObjectBinding(c).isPresent()).orElse(null);
  }

  private void visit(FunctionUnit start, Set<FunctionUnit> reached) {
    Deque<FunctionUnit> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      FunctionUnit u = queue.poll();
      if (reached.add(u)) {
        queue.addAll(callees.getOrDefault(u, List.of()));
      }
    }
  }
}
