package dev.cfscale.analysis.code;

import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.code.LoopContext;
import dev.cfscale.facts.code.OperationSite;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
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
  private final Map<FunctionUnit, LoopContext> loopViaCall = new IdentityHashMap<>();
  private final Set<FunctionUnit> deferredViaCall = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<FunctionUnit> caughtViaCall = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  private final Project project;

  SiteAssembler(Project project, List<EntryScope.Entry> entries, List<CallEdge> edges, List<SourceModule> modules) {
    this.project = project;
    this.entries = entries;
    for (SourceModule m : modules) {
      for (FunctionUnit u : m.units()) {
        u.parent().ifPresent(p -> callees.computeIfAbsent(p, k -> new ArrayList<>()).add(u));
      }
    }
    for (CallEdge e : edges) {
      callees.computeIfAbsent(e.caller(), k -> new ArrayList<>()).add(e.callee());
    }
    propagateContexts(edges);
  }

  List<OperationSite> assemble(List<RawOperation> raw) {
    Map<FunctionUnit, Set<EntryPoint>> reach = reachability();
    OpenReach.Reach open = new OpenReach(project, callees).of(entries);
    List<OperationSite> sites = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (RawOperation op : raw) {
      var location = Ast.location(op.unit().module().relativePath(), Ast.anchor(op.node()));
      if (!seen.add(location + "|" + op.call().operation() + "|" + op.call().sql().orElse(""))) {
        continue; // the same call can be reached by two walks (callbacks); keep one
      }
      LoopContext loop = op.context().loop().inLoop() ? op.context().loop() : loopViaCall.getOrDefault(op.unit(), LoopContext.NONE);
      boolean deferred = op.context().inWaitUntil() || deferredViaCall.contains(op.unit());
      sites.add(new OperationSite(op.unit().module().relativePath(), location, op.call(), loop, op.context().awaited(), deferred,
          op.context().adminGuarded(), reach.getOrDefault(op.unit(), Set.of()), op.unit().displayName(), op.unit().owner().map(ClassInfo::name),
          op.unit().module().text(op.node()), op.context().branches(),
          caughtViaCall.contains(op.unit()) ? op.context().errors().withCallerCatches() : op.context().errors(),
          open.open().getOrDefault(op.unit(), Set.of()), open.handlers().getOrDefault(op.unit(), Set.of()),
          open.via().getOrDefault(op.unit(), Map.of())));
    }
    return sites;
  }

  /** Units called (directly or through further calls) from a call site in a loop or under waitUntil. */
  private void propagateContexts(List<CallEdge> edges) {
    for (CallEdge e : edges) {
      if (e.context().loop().inLoop()) {
        LoopContext via = new LoopContext(e.context().loop().kind(), e.context().loop().loop(), e.context().loop().parallel(), true);
        visitFrom(e.callee(), u -> loopViaCall.putIfAbsent(u, via) == null);
      }
      if (e.context().inWaitUntil()) {
        visitFrom(e.callee(), deferredViaCall::add);
      }
      if (e.context().errors().caught()) {
        visitFrom(e.callee(), caughtViaCall::add);
      }
    }
  }

  private void visitFrom(FunctionUnit start, java.util.function.Predicate<FunctionUnit> markNew) {
    Deque<FunctionUnit> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      FunctionUnit u = queue.poll();
      if (markNew.test(u)) {
        queue.addAll(callees.getOrDefault(u, List.of()));
      }
    }
  }

  private Map<FunctionUnit, Set<EntryPoint>> reachability() {
    Map<FunctionUnit, Set<EntryPoint>> reach = new HashMap<>();
    for (EntryScope.Entry entry : entries) {
      Set<FunctionUnit> visited = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      Deque<FunctionUnit> queue = new ArrayDeque<>(List.of(entry.unit()));
      while (!queue.isEmpty()) {
        FunctionUnit u = queue.poll();
        if (visited.add(u)) {
          reach.computeIfAbsent(u, k -> new HashSet<>()).add(entry.point());
          queue.addAll(callees.getOrDefault(u, List.of()));
        }
      }
    }
    return reach;
  }
}
