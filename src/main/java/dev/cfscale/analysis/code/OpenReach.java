package dev.cfscale.analysis.code;

import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.findings.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which functions an anonymous client can drive: from every entry any client can invoke (a request handler or
 * route, a Pages Function, a Durable Object's {@code fetch} or WebSocket handler, an Agent's callable method) that
 * no convention guards from outside, through calls and closures, stopping at every function whose own code checks
 * the caller ({@link Convention#guards}): what such a function runs is behind the check. A Durable Object method
 * the Worker calls through a stub ({@code stub.query(...)}) is as open as the code that calls it: the route that
 * forwards a request into it is the way in, so the walk crosses the stub call (reported at that call). The walk also
 * stops at a function that answers from a cache under one constant key ({@link ConstantKeyCaches}): what it runs on a
 * miss runs once per expiry for all clients together, so no client can make it run per call.
 */
final class OpenReach {
  private final Project project;
  private final Evaluator evaluator;
  private final Map<FunctionUnit, List<FunctionUnit>> callees;
  private final Map<FunctionUnit, List<StubCall>> stubCalls;
  /** Per function, the calls in its code (to tell a handler's straight-line helpers from the functions it dispatches to). */
  private final Map<FunctionUnit, List<CallEdge>> calls = new IdentityHashMap<>();
  private final ClientForwarders forwarders;
  private final Map<FunctionUnit, Boolean> guarded = new IdentityHashMap<>();

  /** A call in a function's code, through a Durable Object stub, of a method of the class the binding names. */
  record StubCall(FunctionUnit method, Location at) {}

  OpenReach(Project project, Map<FunctionUnit, List<FunctionUnit>> callees, Map<FunctionUnit, List<StubCall>> stubCalls,
      Map<FunctionUnit, List<CallEdge>> callers, ClientForwarders forwarders) {
    this.project = project;
    this.evaluator = new Evaluator(project);
    this.callees = callees;
    this.stubCalls = stubCalls;
    callers.values().forEach(edges -> edges.forEach(e -> calls.computeIfAbsent(e.caller(), k -> new ArrayList<>()).add(e)));
    this.forwarders = forwarders;
  }

  /**
   * What reaches a function: the open entries with no guard on the way, those whose own handler code it is, and
   * for the others where the first function the handler calls on the way is defined.
   */
  record Reach(Map<FunctionUnit, Set<EntryPoint>> open, Map<FunctionUnit, Set<EntryPoint>> handlers,
      Map<FunctionUnit, Map<EntryPoint, Location>> via) {}

  /**
   * For each function, the open entries that reach it with no guard on the way. A client hook of a class the Worker
   * forwards clients to ({@link ClientForwarders}) is open only once open code reaches one of those forwarding calls:
   * the hooks are walked after the rest, again each time a walk opens the way into their class. {@code withOperations}:
   * the functions whose own code makes a platform call (a handler choosing among such functions dispatches).
   */
  Reach of(List<EntryScope.Entry> entries, Set<FunctionUnit> withOperations) {
    Reach reach = new Reach(new IdentityHashMap<>(), new IdentityHashMap<>(), new IdentityHashMap<>());
    Set<FunctionUnit> openEntries = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<EntryScope.Entry, Set<FunctionUnit>> forwarded = new java.util.LinkedHashMap<>();
    // each entry is judged once: its guards are asked of every convention (middleware, framework hooks)
    List<EntryScope.Entry> opened = new java.util.ArrayList<>();
    for (EntryScope.Entry e : entries) {
      if (open(e)) {
        opened.add(e);
        openEntries.add(e.unit());
        Set<FunctionUnit> ways = clientHook(e) ? e.unit().owner().map(c -> forwarders.of(c.name())).orElse(Set.of()) : Set.of();
        if (!ways.isEmpty()) {
          forwarded.put(e, ways);
        }
      }
    }
    List<EntryScope.Entry> ready = opened.stream().filter(e -> !forwarded.containsKey(e)).toList();
    while (!ready.isEmpty()) {
      ready.forEach(e -> walk(e, openEntries, withOperations, reach));
      ready = forwarded.entrySet().stream().filter(f -> f.getValue().stream().anyMatch(reach.open()::containsKey))
          .map(Map.Entry::getKey).toList();
      ready.forEach(forwarded::remove);
    }
    return reach;
  }

  /** A method of a class that clients drive directly (an Agent's or a PartyServer's hook, a callable method). */
  private boolean clientHook(EntryScope.Entry entry) {
    EntryKind kind = entry.point().kind();
    return (kind == EntryKind.RPC || kind == EntryKind.WEBSOCKET)
        && project.conventions().stream().anyMatch(c -> c.clientCallable(entry.point(), entry.unit(), evaluator));
  }

  /** Records what {@code entry} reaches with no guard on the way. */
  private void walk(EntryScope.Entry entry, Set<FunctionUnit> openEntries, Set<FunctionUnit> withOperations, Reach reach) {
    EntryPoint point = entry.point();
    Set<FunctionUnit> own = Collections.newSetFromMap(new IdentityHashMap<>());
    ownCode(entry.unit(), own);
    own.forEach(u -> reach.handlers().computeIfAbsent(u, k -> new HashSet<>()).add(point));
    Set<FunctionUnit> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<FunctionUnit> queue = new ArrayDeque<>(own);
    Map<FunctionUnit, Location> firstHop = new IdentityHashMap<>();
    // functions reached from the handler only through its straight-line helpers (functions of its file that its code,
    // or such a helper's, always calls): with the first such helper on the way
    Map<FunctionUnit, Location> straightHop = new IdentityHashMap<>();
    List<FunctionUnit> opened = new ArrayList<>();
    while (!queue.isEmpty()) {
      FunctionUnit u = queue.poll();
      if (!visited.add(u) || guarded(u)) {
        continue;
      }
      reach.open().computeIfAbsent(u, k -> new HashSet<>()).add(point);
      opened.add(u);
      Location hop = firstHop.get(u);
      Location straightVia = straightHop.get(u);
      boolean fromHandler = hop == null && (own.contains(u) || straightVia != null);
      for (FunctionUnit next : callees.getOrDefault(u, List.of())) {
        if (!own.contains(next) && !firstHop.containsKey(next) && !straightHop.containsKey(next)) {
          if (fromHandler && alwaysCalled(u, next, entry.unit())) {
            straightHop.put(next, straightVia != null ? straightVia : Ast.location(next, next.node()));
          } else {
            firstHop.put(next, hop != null ? hop : Ast.location(next, next.node()));
          }
        }
        queue.add(next);
      }
      for (StubCall stub : stubCalls.getOrDefault(u, List.of())) {
        if (openEntries.contains(stub.method())) {
          continue; // a method clients reach directly is reported as its own entry
        }
        firstHop.putIfAbsent(stub.method(), hop != null ? hop : straightVia != null ? straightVia : stub.at());
        queue.add(stub.method());
      }
    }
    // a handler that picks among functions of its file holding platform calls dispatches: each route is named by its
    // function, its straight-line helpers too; one that only runs helpers in sequence is one route, named by the entry
    String file = entry.unit().module().relativePath();
    boolean dispatches = opened.stream().anyMatch(u -> withOperations.contains(u) && firstHop.containsKey(u)
        && firstHop.get(u).file().equals(file));
    for (FunctionUnit u : opened) {
      Location via = firstHop.containsKey(u) ? firstHop.get(u) : dispatches ? straightHop.get(u) : null;
      if (via != null) {
        reach.via().computeIfAbsent(u, k -> new java.util.HashMap<>()).put(point, via);
      }
    }
  }

  /**
   * True when {@code caller} calls {@code callee}, a function of the entry's own file, only where the call runs on every
   * run of the caller (no if, switch case or conditional around it) and names that one function: the handler's own
   * work split into helpers (a route that checks its path, then opens a session and calls a model), not a dispatch to
   * one of several routes ({@code if (path === "/a") return a(req)}, {@code handlers[name](req)}), whose function is
   * where a route's finding belongs.
   */
  private boolean alwaysCalled(FunctionUnit caller, FunctionUnit callee, FunctionUnit entry) {
    if (callee.module() != entry.module()) {
      return false;
    }
    List<CallEdge> own = calls.getOrDefault(caller, List.of());
    List<CallEdge> of = own.stream().filter(e -> e.callee() == callee).toList();
    return !of.isEmpty() && of.stream().allMatch(e -> !e.context().inBranch() && !e.context().loop().inLoop()
        && own.stream().noneMatch(o -> o.callee() != callee && o.at().equals(e.at())));
  }

  /** The entry's unit and the closures written inside it, unless a guard stands in one of them. */
  private void ownCode(FunctionUnit unit, Set<FunctionUnit> own) {
    if (guarded(unit) || !own.add(unit)) {
      return;
    }
    for (FunctionUnit child : callees.getOrDefault(unit, List.of())) {
      if (child.parent().filter(p -> p == unit).isPresent()) {
        ownCode(child, own);
      }
    }
  }

  private boolean open(EntryScope.Entry entry) {
    EntryPoint point = entry.point();
    if (!point.kind().isRequestPath()) {
      return false;
    }
    List<Convention> conventions = project.conventions();
    boolean classMethod = point.kind() == EntryKind.RPC || point.kind() == EntryKind.WEBSOCKET;
    if (classMethod && conventions.stream().noneMatch(c -> c.clientCallable(point, entry.unit(), evaluator))) {
      return false; // a method the Worker's own code calls through a stub
    }
    return conventions.stream().noneMatch(c -> c.guardsEntry(point, entry.unit(), evaluator));
  }

  private boolean guarded(FunctionUnit unit) {
    return guarded.computeIfAbsent(unit, u -> project.conventions().stream().anyMatch(c -> c.guards(u, evaluator))
        || ConstantKeyCaches.answersFromOneKey(u, evaluator));
  }
}
