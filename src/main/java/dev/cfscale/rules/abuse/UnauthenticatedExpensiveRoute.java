package dev.cfscale.rules.abuse;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.QueuedSpending;
import dev.cfscale.facts.Retention;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.code.Spend;
import dev.cfscale.facts.d1.AlarmDrainedTables;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeFactsRule;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An entry any client can invoke (a route, a Pages Function, an Agent's callable method) that reaches
 * something billed per call (inference, a paid API on the owner's key, an image transformation, an email) or
 * storage that grows per call, with no authentication or rate limit on the way ({@link OperationSite#openHotEntries}).
 * One finding per route at what its own code spends (or, for a route that only dispatches, per function of its
 * file it dispatches to), naming every open entry that spends there: high for what is billed per call,
 * medium for storage writes. A queue send spends what the queue's consumer spends per message ({@link QueuedSpending}):
 * a route that enqueues work for a consumer that runs a model is as open to abuse as one that runs it. Also covers what issue 12 calls {@code abuse/no-rate-limit-on-ai}: the labels of
 * the development corpus do not tell the two apart, so a separate id would only split one finding in two.
 */
@RuleInfo(id = "abuse/unauthenticated-expensive-route", severity = Severity.HIGH,
    summary = "A route anyone can call spends money or grows storage, with no authentication or rate limit")
public final class UnauthenticatedExpensiveRoute implements CodeFactsRule {
  /** An operation and what it spends; for a queue send, what the queue's consumer spends per message ({@code consumer}). */
  private record Spending(OperationSite op, Spend spend, Optional<OperationSite> consumer) {
    String words() {
      return consumer.map(c -> "enqueues a message whose consumer " + spend.words()).orElse(spend.words());
    }
  }

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext context) {
    QueuedSpending queued = facts.queuedSpending();
    Retention retention = facts.retention();
    return facts.workers().stream().flatMap(w -> check(w, queued, retention, context));
  }

  /** A Durable Object key-value write in a class that deletes from its storage, wipes it or sets an alarm: it does not stay. */
  private static boolean cleanedUp(OperationSite op, Retention retention) {
    return op.operation().equals("storage.put") && op.binding().filter(retention::durableObjectCleansUp).isPresent();
  }

  /** What the operation spends itself or, when it sends to a queue, what the consumer of that queue spends per message. */
  private static Optional<Spending> spending(WorkerConfig worker, OperationSite op, QueuedSpending queued) {
    Optional<Spending> own = Spend.of(op).map(s -> new Spending(op, s, Optional.empty()));
    return own.isPresent() ? own : queued.behind(worker, op).map(c -> new Spending(op, c.spend(), Optional.of(c.op())));
  }

  private Stream<Finding> check(WorkerConfig worker, QueuedSpending queued, Retention retention, RuleContext context) {
    Map<EntryPoint, List<Spending>> byEntry = new LinkedHashMap<>();
    for (OperationSite op : worker.code().operations()) {
      if (worker.code().isCacheFill(op) || AlarmDrainedTables.drains(worker.code(), op) || worker.code().onSelfErasingObject(op)
          || cleanedUp(op, retention)) {
        // a cache fill writes once per key, not once per call; a row its alarm deletes, or one of an object that erases
        // itself on a timer, does not stay
        continue;
      }
      spending(worker, op, queued).ifPresent(s -> reported(op).forEach(e -> byEntry.computeIfAbsent(e, k -> new ArrayList<>())
          .add(s)));
    }
    Map<Location, List<EntryPoint>> entriesAt = new LinkedHashMap<>();
    Map<Location, Spending> spendingAt = new LinkedHashMap<>();
    byEntry.forEach((entry, spendings) -> {
      // one finding per route: at what its own code spends, or, when it only dispatches (a fetch handler or a
      // Durable Object switching on the path), one per function of its file it dispatches to
      List<Spending> own = spendings.stream().filter(s -> s.op().openHandlers().contains(entry)).toList();
      Map<Location, List<Spending>> byPlace = (own.isEmpty() ? spendings : own).stream()
          .collect(Collectors.groupingBy(s -> where(s.op(), entry), LinkedHashMap::new, Collectors.toList()));
      byPlace.forEach((key, here) -> {
        Spending top = here.stream().min(order(entry)).orElseThrow();
        Location at = own.isEmpty() ? key : top.op().location();
        entriesAt.computeIfAbsent(at, k -> new ArrayList<>()).add(entry);
        spendingAt.merge(at, top, (a, b) -> order(entry).compare(a, b) <= 0 ? a : b);
      });
    });
    return entriesAt.entrySet().stream().map(e -> finding(worker, e.getKey(), e.getValue(), spendingAt.get(e.getKey()), context));
  }

  /**
   * The open entries an operation is reported for: a fetch handler that hands requests to a router whose routes reach
   * the operation ({@code addEventListener("fetch", e => e.respondWith(router.handle(e.request)))}) is those routes, named
   * by each route, not once more as the handler.
   */
  private static Stream<EntryPoint> reported(OperationSite op) {
    boolean routed = op.openHotEntries().stream().anyMatch(e -> e.kind() == EntryKind.ROUTE);
    return op.openHotEntries().stream().filter(e -> !(routed && e.kind() == EntryKind.FETCH));
  }

  /**
   * Where a spending call is reported from: the entry when its own code makes it or when it is one endpoint (a route
   * whose handler calls a helper); else the function of the entry's file the handler calls on the way to it (the
   * route's handler method when a fetch handler or a Durable Object dispatches by path); else (a helper of another
   * module, an SDK wrapper) the entry itself.
   */
  private static Location where(OperationSite op, EntryPoint entry) {
    if (op.openHandlers().contains(entry) || !dispatches(entry)) {
      return entry.location();
    }
    Location via = op.openVia().get(entry);
    return via != null && via.file().equals(entry.location().file()) ? via : entry.location();
  }

  /**
   * A module fetch handler or a Durable Object's fetch serves every path and dispatches by itself; a route, a Pages
   * Function or a callable method is one endpoint, named best where it is declared.
   */
  private static boolean dispatches(EntryPoint entry) {
    return entry.kind() == EntryKind.FETCH || entry.kind() == EntryKind.DURABLE_OBJECT_FETCH || entry.kind() == EntryKind.WEBSOCKET;
  }

  /** The handler's own code first, then what is billed per call, then the entry's own file, then the first in the code. */
  private static Comparator<Spending> order(EntryPoint entry) {
    return Comparator.<Spending, Boolean>comparing(s -> !s.op().openHandlers().contains(entry))
        .thenComparing(s -> !s.spend().paidPerCall())
        .thenComparing(s -> !s.op().file().equals(entry.location().file()))
        .thenComparing(s -> s.op().file())
        .thenComparingInt(s -> s.op().location().line());
  }

  private Finding finding(WorkerConfig worker, Location at, List<EntryPoint> entries, Spending top, RuleContext context) {
    String names = entries.stream().map(EntryPoint::toString).collect(Collectors.toCollection(TreeSet::new)).stream()
        .collect(Collectors.joining(", "));
    String price = top.spend().priceKey().map(k -> "$" + context.platform().number(k).toPlainString() + " per " + top.spend().per()
        + " (" + k + ")").orElse(top.spend().per().isEmpty() ? "priced by the provider per call or per token (not in the facts file)"
        : "billed per " + top.spend().per() + ", the price not in the facts file");
    FindingBuilder b = FindingBuilder.of(this, at).worker(worker.topLevelName()).environments(worker.environmentLabels())
        .severity(top.spend().paidPerCall() ? Severity.HIGH : Severity.MEDIUM)
        .message(names + " can be called by anyone, with no authentication or rate limit on its path, and "
            + top.words() + " on each call (`" + top.op().code() + "` at " + top.op().file() + ":" + top.op().location().line()
            + "): a script calling it in a loop spends the owner's money (" + price + ")")
        .evidence("entry", names)
        .evidence("spends", top.op().code() + " (" + top.words() + ")")
        .evidence("price", price)
        .evidence("looked for", "auth middleware, a credential/session/signature check, a 401/403 answer, a rate-limit binding, Turnstile")
        .fix("Authenticate the caller before the expensive call (a session, a bearer or API-key check, signed webhooks), or put a"
            + " rate-limit binding (`env.LIMITER.limit({ key })`) or Turnstile in front of it; cap input sizes.")
        .subject(top.op().function() + ":" + top.op().operation());
    top.consumer().ifPresent(c -> b.evidence("consumer", c.code() + " at " + c.file() + ":" + c.location().line()));
    if (entries.stream().noneMatch(top.op().openHandlers()::contains)) {
      // the route forwards to it: a helper, a Durable Object method called through a stub, a hook a router runs
      b.evidence("through", top.op().function());
    }
    return b.build();
  }
}
