package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds how a Worker's code is entered by asking every {@link Convention} about every module. Entries
 * are listed per module: declarations first (default export handlers, classes, route modules), then
 * registrations made by calls ({@code app.get(...)}, {@code addEventListener(...)}) in call order,
 * whichever convention found them.
 */
final class EntryPointFinder {
  private final List<Convention> conventions;
  private final EntryScope scope;

  EntryPointFinder(Project project, Evaluator evaluator, Set<String> durableObjectClasses, Set<String> workflowClasses) {
    this.conventions = project.conventions();
    this.scope = new EntryScope(project, evaluator, durableObjectClasses, workflowClasses);
  }

  /** Where conventions recorded fixed instances and routers while finding entries. */
  EntryScope scope() {
    return scope;
  }

  /** Lets every convention read {@code browserModules}: files the Worker does not import (its web client). */
  void readBrowserCode(List<SourceModule> browserModules) {
    for (SourceModule module : browserModules) {
      for (Convention convention : conventions) {
        convention.browserCode(module, scope);
      }
    }
  }

  List<EntryScope.Entry> find() {
    for (SourceModule module : scope.project().modules()) {
      int before = scope.entries().size();
      for (Convention convention : conventions) {
        convention.entries(module, scope);
      }
      inSourceOrder(module, scope.entries().subList(before, scope.entries().size()));
    }
    return dedup(scope.entries());
  }

  /** Declarations keep the conventions' order; entries anchored at a call follow, in the module's call order. */
  private static void inSourceOrder(SourceModule module, List<EntryScope.Entry> found) {
    if (found.size() < 2) {
      return;
    }
    Map<ISwc4jAst, Integer> callIndex = new IdentityHashMap<>();
    List<Swc4jAstCallExpr> calls = module.calls();
    for (int i = 0; i < calls.size(); i++) {
      callIndex.putIfAbsent(calls.get(i), i);
    }
    List<EntryScope.Entry> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(e -> e.anchor() == null ? -1 : callIndex.getOrDefault(e.anchor(), -1)));
    for (int i = 0; i < sorted.size(); i++) {
      found.set(i, sorted.get(i));
    }
  }

  /** Two conventions may claim one module (a Remix {@code app/routes/x/route.tsx}); each entry counts once. */
  private static List<EntryScope.Entry> dedup(List<EntryScope.Entry> entries) {
    List<EntryScope.Entry> out = new ArrayList<>();
    Set<EntryScope.Entry> seen = new java.util.HashSet<>();
    for (EntryScope.Entry e : entries) {
      if (seen.add(e)) {
        out.add(e);
      }
    }
    return out;
  }
}
