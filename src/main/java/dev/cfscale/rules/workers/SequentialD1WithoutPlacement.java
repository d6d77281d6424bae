package dev.cfscale.rules.workers;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeFactsRule;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One request handler awaits several D1 queries one after another and the Worker sets no placement:
 * each query is a round trip from the location nearest the user to the database's primary, so the
 * latency adds up. Smart Placement runs the fetch handler near its backend instead. Only fetch
 * handlers count (placement does not move RPC or Durable Object code), and only sequential, awaited
 * queries in one function (a loop is d1/query-in-loop's finding); a query a helper returns counts where its caller
 * awaits the helper's result.
 */
@RuleInfo(id = "workers/sequential-d1-without-placement", severity = Severity.LOW,
    summary = "A request handler awaits several D1 queries in sequence and placement is not set")
public final class SequentialD1WithoutPlacement implements CodeFactsRule {
  /** Fewer round trips than this are not worth moving the Worker for. */
  static final int MIN_SEQUENTIAL_QUERIES = 3;
  private static final Set<EntryKind> MOVABLE = Set.of(EntryKind.FETCH, EntryKind.ROUTE, EntryKind.PAGES_FUNCTION);

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext ctx) {
    return facts.workers().stream().flatMap(this::finding);
  }

  /** The Worker's chattiest request-path function, when it awaits enough D1 queries in sequence and no placement is set. */
  private Stream<Finding> finding(WorkerConfig worker) {
    List<WorkerEnvironment> deployable = worker.environments().stream().filter(e -> e.kind() != WorkerKind.DEV_ONLY).toList();
    // without a config, placement may be set in the dashboard: nothing to say about it
    if (worker.origin().configless() || deployable.isEmpty() || deployable.stream().anyMatch(WorkerEnvironment::hasPlacement)) {
      return Stream.empty();
    }
    Map<String, List<OperationSite>> byFunction = new LinkedHashMap<>();
    // a query a repository method returns counts where its caller awaits it (await repo.user(id); await repo.posts(id))
    worker.code().operations().stream().flatMap(op -> Stream.concat(Stream.of(op), op.awaitedThrough().stream()))
        .filter(SequentialD1WithoutPlacement::isSequentialQuery)
        .forEach(op -> byFunction.computeIfAbsent(op.file() + "#" + op.function(), k -> new java.util.ArrayList<>()).add(op));
    // one finding per Worker (placement is one setting), at the chattiest function's first query
    WorkerEnvironment env = deployable.get(0);
    return byFunction.values().stream().map(SequentialD1WithoutPlacement::longestChain)
        .filter(ops -> ops.size() >= MIN_SEQUENTIAL_QUERIES).max(Comparator.comparingInt(List::size))
        .map(ops -> finding(env, ops)).stream();
  }

  private Finding finding(WorkerEnvironment env, List<OperationSite> ops) {
    OperationSite first = ops.get(0);
    String lines = ops.stream().map(o -> String.valueOf(o.location().line())).collect(Collectors.joining(", "));
    String entries = first.reachedFrom().stream().filter(e -> MOVABLE.contains(e.kind())).map(EntryPoint::toString).sorted()
        .collect(Collectors.joining(", "));
    return FindingBuilder.of(this, env)
        .at(first.location())
        .message(first.function() + " awaits " + ops.size() + " D1 queries one after another on a request"
            + " path and no placement is set: each is a round trip from the location serving the user to the database, so"
            + " far from the database the latency adds up " + ops.size() + " times")
        .evidence("queries", first.file() + " lines " + lines)
        .evidence("reached from", entries)
        .evidence("config", env.location().file())
        .evidence("key", "placement")
        .evidence("value", "(not set)")
        .fix("Set " + (env.jsonConfig() ? "\"placement\": { \"mode\": \"smart\" }" : "[placement] mode = \"smart\"")
            + " in " + env.location().file() + " so the fetch handler runs near the database, or send the queries together with"
            + " DB.batch([...]).")
        .subject("placement:" + first.file() + "#" + first.function())
        .build();
  }

  /**
   * The most queries of one function that can run in the same call: those on the deepest branch path
   * plus those outside its branches ({@code if (route === "/a") { q1 } else { q2 }} is one query per call, and so is
   * {@code if (!row) { q1; return; } q2}: the queries after a branch that returns run only when it did not).
   */
  private static List<OperationSite> longestChain(List<OperationSite> ops) {
    List<OperationSite> best = List.of();
    for (OperationSite candidate : ops) {
      List<OperationSite> together = ops.stream()
          .filter(o -> o.branches().size() <= candidate.branches().size() && o.canRunWith(candidate)).toList();
      if (together.size() > best.size()) {
        best = together;
      }
    }
    return best;
  }

  private static boolean isSequentialQuery(OperationSite op) {
    boolean query = op.isD1RoundTrip()
        || (op.is(BindingType.D1_DATABASE, "prepare") && op.options().fromOrm()); // an ORM query sends its SQL when awaited
    return query && op.awaited() && !op.inWaitUntil()
        && !op.loop().inLoop() && op.onHotRequestPath()
        && op.reachedFrom().stream().anyMatch(e -> MOVABLE.contains(e.kind()));
  }
}
