package dev.cfscale.analysis.code;

import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.code.LoopContext;
import dev.cfscale.facts.code.OperationSite;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns raw operations into {@link OperationSite}s: which entry points reach each one (through calls
 * and closures), and call-site context inherited from callers (a helper called in a loop runs in that
 * loop; one called under {@code waitUntil} is deferred; one called inside a try block has its throws caught).
 */
final class SiteAssembler {
  private final List<EntryScope.Entry> entries;
  private final Map<FunctionUnit, List<FunctionUnit>> callees = new IdentityHashMap<>();
  /** Per function, the calls of it (not the nesting of closures in their parents). */
  private final Map<FunctionUnit, List<CallEdge>> callers = new IdentityHashMap<>();
  /** Per function, the functions nested in it (closures), and the calls it makes. */
  private final Map<FunctionUnit, List<FunctionUnit>> nested = new IdentityHashMap<>();
  private final Map<FunctionUnit, List<CallEdge>> outgoing = new IdentityHashMap<>();
  private final Map<FunctionUnit, LoopContext> loopViaCall = new IdentityHashMap<>();
  private final Map<FunctionUnit, Set<Integer>> givenInLoop = new IdentityHashMap<>();
  private final Set<FunctionUnit> deferredViaCall = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<FunctionUnit> caughtViaCall = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  private final Project project;
  private final List<SourceModule> modules;
  /** The prefix of the operations made through a Durable Object stub ({@code stub.fetch}, {@code stub.<method>}). */
  static final String STUB = "stub.";

  SiteAssembler(Project project, List<EntryScope.Entry> entries, List<CallEdge> edges, List<SourceModule> modules) {
    this.project = project;
    this.entries = entries;
    this.modules = modules;
    for (SourceModule m : modules) {
      for (FunctionUnit u : m.units()) {
        u.parent().ifPresent(p -> callees.computeIfAbsent(p, k -> new ArrayList<>()).add(u));
        u.parent().ifPresent(p -> nested.computeIfAbsent(p, k -> new ArrayList<>()).add(u));
      }
    }
    for (CallEdge e : edges) {
      callees.computeIfAbsent(e.caller(), k -> new ArrayList<>()).add(e.callee());
      callers.computeIfAbsent(e.callee(), k -> new ArrayList<>()).add(e);
      outgoing.computeIfAbsent(e.caller(), k -> new ArrayList<>()).add(e);
    }
    this.reached = reachability();
    this.requestEntries = requestEntries();
    this.adminOnly = adminOnly(modules);
    this.passers = new TextPassers(edges);
    propagateContexts(edges);
  }

  /** Per unit, the entries (by index) whose calls reach it; units no entry reaches are absent. */
  private final Map<FunctionUnit, BitSet> reached;
  private final BitSet requestEntries;
  /** Functions that only administrators' requests run ({@link #adminOnly(List)}). */
  private final Set<FunctionUnit> adminOnly;
  private final TextPassers passers;

  List<OperationSite> assemble(List<RawOperation> raw) {
    Map<FunctionUnit, Set<EntryPoint>> reach = new IdentityHashMap<>();
    ClientForwarders forwarders = ClientForwarders.find(project, modules, raw, reached.keySet());
    OpenReach.Reach open = new OpenReach(project, callees, stubCalls(raw), callers, forwarders).of(entries, withOperations(raw));
    List<OperationSite> sites = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (RawOperation op : raw) {
      var location = Ast.location(op.unit().module().relativePath(), Ast.anchor(op.node()));
      if (!seen.add(location + "|" + op.call().operation() + "|" + op.call().sql().orElse(""))) {
        continue; // the same call can be reached by two walks (callbacks); keep one
      }
      LoopContext loop = op.context().loop().inLoop() ? op.context().loop()
          : fallbackFilledByLoop(op) ? LoopContext.NONE : loopViaCall.getOrDefault(op.unit(), LoopContext.NONE);
      boolean deferred = op.context().inWaitUntil() || deferredViaCall.contains(op.unit());
      Set<EntryPoint> from = reach.computeIfAbsent(op.unit(), u -> points(reached.get(u)));
      Set<EntryPoint> passed = passedFrom(op).orElse(from);
      sites.add(new OperationSite(op.unit().module().relativePath(), location, op.call(), loop, op.context().awaited(), deferred,
          op.context().adminGuarded() || adminOnly.contains(op.unit()), passed, op.unit().displayName(), op.unit().owner().map(ClassInfo::name),
          op.unit().module().text(op.node()), op.context().branches(),
          caughtViaCall.contains(op.unit()) ? op.context().errors().withCallerCatches() : op.context().errors(),
          open.open().getOrDefault(op.unit(), Set.of()), open.handlers().getOrDefault(op.unit(), Set.of()),
          open.via().getOrDefault(op.unit(), Map.of()), awaitedThrough(op)));
    }
    return sites;
  }

  private static Set<FunctionUnit> withOperations(List<RawOperation> raw) {
    Set<FunctionUnit> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    raw.forEach(op -> out.add(op.unit()));
    return out;
  }

  /**
   * An operation its function returns without awaiting it ({@code return this.db.prepare(sql).bind(id).first()}), as it runs
   * at each call of that function whose result the caller awaits ({@code await repo.user(id)}): the round trip is
   * there, in the caller's sequence of awaits. Only direct callers: a function returning another's promise is not followed.
   */
  private List<OperationSite> awaitedThrough(RawOperation op) {
    if (op.context().awaited() || !ReturnedValues.returns(op.unit(), op.node())) {
      return List.of();
    }
    List<OperationSite> out = new ArrayList<>();
    for (CallEdge e : callers.getOrDefault(op.unit(), List.of())) {
      CallContext at = e.context();
      if (!at.awaited() || e.caller() == op.unit()) {
        continue;
      }
      FunctionUnit caller = e.caller();
      out.add(new OperationSite(caller.module().relativePath(), e.at(), op.call(), at.loop(), true, at.inWaitUntil(),
          at.adminGuarded() || adminOnly.contains(caller), points(reached.get(caller)), caller.displayName(), caller.owner().map(ClassInfo::name),
          op.unit().module().text(op.node()), at.branches(), at.errors()));
    }
    return out;
  }

  /** For SQL a caller gives a query helper, the entries that reach the callers passing that text. */
  private java.util.Optional<Set<EntryPoint>> passedFrom(RawOperation op) {
    java.util.Optional<dev.cfscale.findings.Location> site = op.call().options().sqlPassedAt();
    if (site.isEmpty() || op.call().sql().isEmpty()) {
      return java.util.Optional.empty();
    }
    List<FunctionUnit> callers = passers.of(op.unit(), op.call().sql().get(), site.get());
    BitSet union = new BitSet();
    callers.forEach(c -> java.util.Optional.ofNullable(reached.get(c)).ifPresent(union::or));
    return callers.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(points(union));
  }

  /** Each function's calls, through a Durable Object stub, of a method the class its binding names defines. */
  private Map<FunctionUnit, List<OpenReach.StubCall>> stubCalls(List<RawOperation> raw) {
    Map<FunctionUnit, List<OpenReach.StubCall>> calls = new IdentityHashMap<>();
    for (RawOperation op : raw) {
      String operation = op.call().operation();
      if (op.call().bindingType().filter(dev.cfscale.facts.config.BindingType.DURABLE_OBJECT::equals).isEmpty()
          || !operation.startsWith(STUB)) {
        continue;
      }
      String method = operation.substring(STUB.length());
      op.call().binding().flatMap(project::durableObjectClass).flatMap(project::classNamed).map(c -> c.methods().get(method))
          .ifPresent(target -> calls.computeIfAbsent(op.unit(), k -> new ArrayList<>())
              .add(new OpenReach.StubCall(target, Ast.location(op.unit().module().relativePath(), Ast.anchor(op.node())))));
    }
    routerCalls(calls);
    return calls;
  }

  /** Router calls in entries' code ({@code routePartykitRequest}) that hand traffic to hooks of the bound classes. */
  private void routerCalls(Map<FunctionUnit, List<OpenReach.StubCall>> calls) {
    List<ClassInfo> classes = project.bindingsOfType(dev.cfscale.facts.config.BindingType.DURABLE_OBJECT).stream()
        .map(project::durableObjectClass).flatMap(java.util.Optional::stream).map(project::classNamed)
        .flatMap(java.util.Optional::stream).toList();
    if (classes.isEmpty()) {
      return;
    }
    for (EntryScope.Entry entry : entries) {
      for (var node : entry.unit().ownNodes()) {
        Ast.call(node).ifPresent(call -> {
          List<Convention> routers = project.conventions().stream().filter(c -> c.routesTraffic(call)).toList();
          classes.forEach(target -> routers.forEach(c -> c.routedHooks(call, target)
              .stream().map(target.methods()::get).filter(java.util.Objects::nonNull).forEach(hook -> calls
                  .computeIfAbsent(entry.unit(), k -> new ArrayList<>())
                  .add(new OpenReach.StubCall(hook, Ast.location(entry.unit().module().relativePath(), Ast.anchor(node)))))));
        });
      }
    }
  }

  /**
   * Units called (directly or through further calls) from a call site in a loop or under waitUntil. A loop in code no
   * entry reaches says nothing about a function some entry does reach: on every path the analysis knows, that
   * function runs outside the loop, so the loop is carried only into functions that no entry reaches either.
   */
  private void propagateContexts(List<CallEdge> edges) {
    givenInLoops(edges);
    // a function one loop reaches keeps the first loop found: the loops everyone's requests run go first (a helper a route
    // calls per item and a cron or consumer calls per row is judged by the request's loop), administrators' loops last
    edges.stream().filter(e -> e.context().loop().inLoop() && !adminsLoop(e) && inRequestsLoop(e)).forEach(this::markInLoop);
    edges.stream().filter(e -> e.context().loop().inLoop() && !adminsLoop(e) && !inRequestsLoop(e)).forEach(this::markInLoop);
    edges.stream().filter(e -> e.context().loop().inLoop() && adminsLoop(e)).forEach(this::markInLoop);
    for (CallEdge e : edges) {
      if (e.context().inWaitUntil()) {
        visitFrom(e.callee(), deferredViaCall::add);
      }
      if (e.context().errors().caught()) {
        visitFrom(e.callee(), caughtViaCall::add);
      }
    }
  }

  /** A call made in a loop of a function some per-request entry reaches. */
  private boolean inRequestsLoop(CallEdge e) {
    BitSet from = reached.get(e.caller());
    return from != null && from.intersects(requestEntries);
  }

  /** The entries (by index) on a per-request path: asked for every call in a loop, of every Worker. */
  private BitSet requestEntries() {
    BitSet out = new BitSet();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).point().isHotRequestPath()) {
        out.set(i);
      }
    }
    return out;
  }

  /** Marks the functions a call in a loop runs (its callee and what that calls) as running in that loop. */
  private void markInLoop(CallEdge e) {
    boolean loopRuns = reached.containsKey(e.caller());
    // the callee may also run outside the loop, for other entries: rules judge the loop's path by its own entries
    LoopContext via = e.context().loop().calledFrom(points(reached.get(e.caller())), adminsLoop(e));
    // a function answering from a slot it fills loads once, whatever the loop: its reads are not per item
    visitFrom(e.callee(), u -> !MemoizedFunctions.answersFromSlot(u) && (loopRuns || !reached.containsKey(u))
        && loopViaCall.putIfAbsent(u, via) == null, this::runInLoop);
  }

  /** A call in a loop only administrators run: behind an admin check in its function, or in a function only they run. */
  private boolean adminsLoop(CallEdge e) {
    return e.context().adminGuarded() || adminOnly.contains(e.caller());
  }

  private void visitFrom(FunctionUnit start, java.util.function.Predicate<FunctionUnit> markNew) {
    visitFrom(start, markNew, u -> callees.getOrDefault(u, List.of()));
  }

  private void visitFrom(FunctionUnit start, java.util.function.Predicate<FunctionUnit> markNew,
      java.util.function.Function<FunctionUnit, List<FunctionUnit>> next) {
    Deque<FunctionUnit> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      FunctionUnit u = queue.poll();
      if (markNew.test(u)) {
        queue.addAll(next.apply(u));
      }
    }
  }

  /**
   * Per function called from loops, the parameters every such call fills: {@code updateSession(id, user, teams)} in a
   * loop, after {@code user} and {@code teams} were loaded once before it. The function's fallbacks for those
   * parameters ({@code user ?? await loadUser(id)}) do not run in the loop.
   */
  private void givenInLoops(List<CallEdge> edges) {
    for (CallEdge e : edges) {
      if (e.context().loop().inLoop()) {
        givenInLoop.merge(e.callee(), e.given(), (a, b) -> a.stream().filter(b::contains).collect(java.util.stream.Collectors.toSet()));
      }
    }
  }

  /** What {@code u} runs when a loop calls it: its callees, less the fallbacks for parameters the loop's calls fill. */
  private List<FunctionUnit> runInLoop(FunctionUnit u) {
    Set<Integer> given = givenInLoop.getOrDefault(u, Set.of());
    List<CallEdge> calls = given.isEmpty() ? List.of() : outgoing.getOrDefault(u, List.of());
    if (calls.stream().noneMatch(c -> given.contains(c.fallbackFor()))) {
      return callees.getOrDefault(u, List.of());
    }
    List<FunctionUnit> next = new ArrayList<>(nested.getOrDefault(u, List.of()));
    calls.stream().filter(c -> !given.contains(c.fallbackFor())).map(CallEdge::callee).forEach(next::add);
    return next;
  }

  /** An operation in a function a loop calls, written as the fallback for a parameter every such call fills. */
  private boolean fallbackFilledByLoop(RawOperation op) {
    Set<Integer> given = givenInLoop.getOrDefault(op.unit(), Set.of());
    return !given.isEmpty() && given.contains(Fallbacks.parameterTried(op.node(), op.unit()));
  }

  /**
   * The functions every reached call of which sits behind an admin check or an administrative path
   * ({@code if (isAdminUser) { await cleanupImages(...) }}) or is made by another such function: what they run is an
   * operator's traffic. Found as the largest such set: start from every called function and drop, until nothing
   * changes, each one that some other reached call runs.
   */
  private Set<FunctionUnit> adminOnly(List<SourceModule> modules) {
    Set<FunctionUnit> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    callers.forEach((callee, calls) -> {
      if (reached.containsKey(callee) && calls.stream().anyMatch(e -> e.context().adminGuarded() && reached.containsKey(e.caller()))) {
        out.add(callee);
      }
    });
    boolean changed = !out.isEmpty();
    while (changed) {
      changed = out.removeIf(u -> callers.get(u).stream()
          .anyMatch(e -> reached.containsKey(e.caller()) && !e.context().adminGuarded() && !out.contains(e.caller())));
    }
    return out;
  }

  /** Per unit, the entries (by index) whose calls reach it. */
  private Map<FunctionUnit, BitSet> reachability() {
    Map<FunctionUnit, BitSet> reach = new IdentityHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Deque<FunctionUnit> queue = new ArrayDeque<>(List.of(entries.get(i).unit()));
      while (!queue.isEmpty()) {
        FunctionUnit u = queue.poll();
        BitSet from = reach.computeIfAbsent(u, k -> new BitSet());
        if (!from.get(i)) {
          from.set(i);
          queue.addAll(callees.getOrDefault(u, List.of()));
        }
      }
    }
    return reach;
  }

  /** The entry points of the entries in {@code indexes}, added in entry order. */
  private Set<EntryPoint> points(BitSet indexes) {
    if (indexes == null) {
      return Set.of();
    }
    Set<EntryPoint> points = new HashSet<>();
    indexes.stream().forEach(i -> points.add(entries.get(i).point()));
    return points;
  }
}
