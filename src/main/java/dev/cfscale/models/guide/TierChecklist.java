package dev.cfscale.models.guide;

import dev.cfscale.facts.code.CodeFacts;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Finding;
import dev.cfscale.models.capacity.CapacityLimit;
import dev.cfscale.models.capacity.Numbers;
import dev.cfscale.models.profile.UsedAssumption;
import dev.cfscale.models.tiers.TierCost;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Section 7: the seed's scaling checklist (before launch, then at 10K, 100K, 1M and 10M requests a day), every
 * item ticked or not for this project from the findings, the config and what the plan says at that tier.
 */
final class TierChecklist {
  private static final List<String> INDEX_RULES = List.of("d1/full-table-scan", "d1/temp-btree-sort", "d1/leading-wildcard-like",
      "durable-objects/sql-full-table-scan");
  private static final List<String> BATCH_RULES = List.of("queues/send-in-loop", "d1/query-in-loop", "kv/get-in-loop");
  private final GuideInputs in;
  private final List<Check> readiness;
  private final FactText text;

  TierChecklist(GuideInputs in, List<Check> readiness, FactText text) {
    this.in = in;
    this.readiness = readiness;
    this.text = text;
  }

  List<TierStep> steps() {
    List<TierStep> out = new ArrayList<>();
    out.add(new TierStep("Before launch", 0, perRequest(), List.of(kvCache("KV cache layer for hot data"), indexes("D1 indexes on all query columns"),
        deadLetterQueues(), placement(), d1Batches())));
    List<TierCost> tiers = in.plan().tiers();
    String[] titles = {"At 10K req/day", "At 100K req/day", "At 1M req/day", "At 10M req/day"};
    for (int i = 0; i < tiers.size() && i < titles.length; i++) {
      out.add(new TierStep(titles[i], tiers.get(i).requestsPerDay(), planSays(tiers.get(i)), items(i, tiers.get(i))));
    }
    return out;
  }

  private List<Check> items(int stage, TierCost tier) {
    switch (stage) {
      case 0:
        return List.of(monitorD1(), cacheHitRates(), consumerLag(tier));
      case 1:
        return List.of(analyticsEngine(), keySharding(tier), batching());
      case 2:
        return List.of(Check.notApplicable("Implement Tiered Cache", "a zone setting (Caching > Tiered Cache), not kept in the repository"),
            kvCache("Add read-through caching"), partitioning(), indexes("Review and optimize indexes"));
      default:
        return List.of(multiRegion(), sharding(tier), fromReadiness("Durable Objects for coordination", "Durable Objects for stateful features"),
            fromReadiness("Custom rate limiting", "Rate limiting policies implemented"));
    }
  }

  /** What the plan says at one tier: the limits exceeded there, or the lowest headroom. */
  private String planSays(TierCost tier) {
    BigDecimal peak = tier.peakRequestsPerSecond();
    List<CapacityLimit> limits = in.plan().capacity().limits();
    List<String> broken = limits.stream().filter(l -> Tiers.broken(l, peak)).map(l -> l.name() + " (" + l.resource() + ")").distinct().toList();
    String head = "peak " + Numbers.rate(peak) + " req/s, " + dev.cfscale.findings.Figures.usd(tier.estimate().totalCents()) + "/month";
    if (!broken.isEmpty()) {
      return head + "; exceeded: " + String.join(", ", broken);
    }
    return head + limits.stream().filter(l -> !l.isPerInvocation()).flatMap(l -> l.headroomAt(peak).map(h -> new Object[] {l, h}).stream())
        .min(Comparator.comparing(o -> (BigDecimal) o[1]))
        .map(o -> "; no limit exceeded, lowest headroom x" + Numbers.rate((BigDecimal) o[1]) + " (" + ((CapacityLimit) o[0]).name() + ")")
        .orElse("; no limit exceeded");
  }

  private String perRequest() {
    List<String> failing = in.plan().capacity().limits().stream().filter(l -> l.isPerInvocation() && Tiers.broken(l, BigDecimal.ONE))
        .map(l -> l.name() + " (" + l.resource() + ")").toList();
    return failing.isEmpty() ? "every per-request limit passes" : "fails at any traffic: " + String.join(", ", failing);
  }

  private boolean binds(BindingType type) {
    return in.project().environments().anyMatch(e -> !e.bindings(type).isEmpty());
  }

  private List<Finding> findings(List<String> ruleIds) {
    return in.findings().stream().filter(f -> ruleIds.contains(f.ruleId())).toList();
  }

  private Check kvCache(String title) {
    List<String> fills = in.project().workers().stream().flatMap(w -> cacheFills(w.code()).stream()).toList();
    if (!in.plan().caching().isEmpty()) {
      return Check.failed(title, in.plan().caching().get(0).summary(), fills);
    }
    if (!fills.isEmpty()) {
      return Check.passed(title, "reads go through a KV cache-aside", fills);
    }
    return Check.notApplicable(title, "no GET route reads D1 or Workers AI on every request");
  }

  private static List<String> cacheFills(CodeFacts code) {
    return code.operations().stream().filter(o -> o.is(BindingType.KV_NAMESPACE, "put") && code.isCacheFill(o))
        .map(o -> o.location().file() + ":" + o.location().line() + " " + o.code()).toList();
  }

  private Check indexes(String title) {
    if (!binds(BindingType.D1_DATABASE) && findings(INDEX_RULES).isEmpty()) {
      return Check.notApplicable(title, "no D1 database is bound");
    }
    List<Finding> found = findings(INDEX_RULES);
    return found.isEmpty() ? Check.passed(title, "every query SQLite planned uses an index", List.of())
        : Check.failed(title, found.size() + " quer" + (found.size() == 1 ? "y scans or sorts" : "ies scan or sort")
            + " without an index; `cfscale fix --d1-indexes` writes the migration", ReadinessChecklist.locations(found));
  }

  private Check deadLetterQueues() {
    String title = "Queue DLQs configured";
    if (in.project().environments().allMatch(e -> e.queueConsumers().isEmpty())) {
      return Check.notApplicable(title, "no Worker consumes a queue");
    }
    List<Finding> found = findings(List.of("queues/no-dead-letter-queue", "queues/dead-letter-queue-is-self"));
    return found.isEmpty() ? Check.passed(title, "every consumer has a dead letter queue", List.of())
        : Check.failed(title, found.get(0).message(), ReadinessChecklist.locations(found));
  }

  private Check placement() {
    String title = "Smart Placement enabled";
    List<Finding> found = findings(List.of("workers/sequential-d1-without-placement"));
    if (!found.isEmpty()) {
      return Check.failed(title, found.get(0).message(), ReadinessChecklist.locations(found));
    }
    if (in.project().environments().anyMatch(e -> e.hasPlacement())) {
      return Check.passed(title, "placement is set", List.of());
    }
    return Check.notApplicable(title, "not needed: no request awaits several D1 queries in sequence");
  }

  private Check d1Batches() {
    String title = "Batch size ≤1000 for D1 writes";
    List<Finding> writes = in.findings().stream().filter(f -> DecisionMatrix.detects(Bottleneck.D1_WRITE_THROUGHPUT, f)).toList();
    if (!writes.isEmpty()) {
      return Check.failed(title, "D1 writes run one statement per loop item: " + writes.get(0).message(), ReadinessChecklist.locations(writes));
    }
    boolean writesD1 = in.project().workers().stream().flatMap(w -> w.code().operations().stream()).anyMatch(TierChecklist::d1Write);
    return writesD1 ? Check.passed(title, "no D1 write runs in a loop", List.of()) : Check.notApplicable(title, "the code writes nothing to D1");
  }

  private static boolean d1Write(OperationSite o) {
    return o.isD1RoundTrip() && o.sql().map(s -> s.stripLeading().toUpperCase(java.util.Locale.ROOT).matches("(INSERT|UPDATE|DELETE|REPLACE).*"))
        .orElse(false);
  }

  private Check monitorD1() {
    String title = "Monitor D1 query performance";
    if (!binds(BindingType.D1_DATABASE)) {
      return Check.notApplicable(title, "no D1 database is bound");
    }
    boolean observed = in.project().workers().stream().filter(w -> w.bindingTypes().containsValue(BindingType.D1_DATABASE))
        .allMatch(w -> w.environments().stream().anyMatch(e -> e.observability().map(o -> o.collectsAnything()).orElse(false)));
    return observed ? Check.passed(title, "the Workers that query D1 have Workers Logs or traces on; watch d1AnalyticsAdaptiveGroups (section 9)", List.of())
        : Check.failed(title, "a Worker that queries D1 has no Workers Logs or traces: slow queries would go unseen", List.of());
  }

  private Check cacheHitRates() {
    String title = "Review cache hit rates";
    List<String> fills = in.project().workers().stream().flatMap(w -> cacheFills(w.code()).stream()).toList();
    if (fills.isEmpty()) {
      return Check.notApplicable(title, "no cache-aside in the code yet");
    }
    List<Finding> noTtl = findings(List.of("kv/cache-put-without-ttl"));
    return noTtl.isEmpty() ? Check.passed(title, "every read-through cache sets a TTL, so its hit ratio is the closed form of the caching what-if", fills)
        : Check.failed(title, noTtl.get(0).message(), ReadinessChecklist.locations(noTtl));
  }

  private Check consumerLag(TierCost tier) {
    String title = "Check queue consumer lag";
    List<CapacityLimit> drains = in.plan().capacity().limits().stream().filter(l -> l.name().startsWith("Queue consumer")).toList();
    if (drains.isEmpty()) {
      return Check.notApplicable(title, "no queue is both sent to and consumed here");
    }
    List<CapacityLimit> lagging = drains.stream().filter(l -> Tiers.broken(l, tier.peakRequestsPerSecond())).toList();
    return lagging.isEmpty() ? Check.passed(title, "consumers drain faster than routes send at this tier", List.of())
        : Check.failed(title, lagging.get(0).resource() + " drains " + Numbers.rate(lagging.get(0).limit()) + " messages/s: the backlog grows",
            List.of());
  }

  private Check analyticsEngine() {
    String title = "Add Analytics Engine for metrics (free)";
    return binds(BindingType.ANALYTICS_ENGINE) ? Check.passed(title, "an Analytics Engine dataset is bound", List.of())
        : Check.failed(title, "no Analytics Engine dataset is bound", List.of());
  }

  private Check keySharding(TierCost tier) {
    String title = "Consider key sharding for hot KV keys";
    List<CapacityLimit> keys = in.plan().capacity().limits().stream().filter(l -> l.factKey().equals("kv.limits.writesPerSecondSameKey")).toList();
    List<Finding> found = findings(List.of("kv/constant-key-write"));
    if (keys.isEmpty() && found.isEmpty()) {
      return Check.notApplicable(title, "no request writes one KV key shared by all requests");
    }
    boolean hot = !found.isEmpty() || keys.stream().anyMatch(l -> Tiers.broken(l, tier.peakRequestsPerSecond()));
    return hot ? Check.failed(title, found.isEmpty() ? keys.get(0).resource() + " is written faster than once a second at this tier" : found.get(0).message(),
        ReadinessChecklist.locations(found)) : Check.passed(title, "shared keys stay under one write a second at this tier", List.of());
  }

  private Check batching() {
    String title = "Review batch processing efficiency";
    if (!binds(BindingType.D1_DATABASE) && !binds(BindingType.KV_NAMESPACE) && !binds(BindingType.QUEUE_PRODUCER)) {
      return Check.notApplicable(title, "no D1, KV or queue is bound");
    }
    List<Finding> found = findings(BATCH_RULES);
    return found.isEmpty() ? Check.passed(title, "no D1 query, KV read or queue send runs once per loop item", List.of())
        : Check.failed(title, found.size() + " call(s) run once per loop item instead of in one batch", ReadinessChecklist.locations(found));
  }

  private Check partitioning() {
    String title = "Consider time-based D1 partitioning";
    if (!binds(BindingType.D1_DATABASE)) {
      return Check.notApplicable(title, "no D1 database is bound");
    }
    Optional<BigDecimal> assumed = in.plan().assumptions().stream().filter(a -> a.key().equals("d1.storage_gb")).map(UsedAssumption::value)
        .findFirst();
    BigDecimal max = text.number("d1.limits.maxDatabaseSizeGbPaid");
    String limit = Numbers.plain(max);
    if (assumed.isEmpty()) {
      return Check.notApplicable(title, "the plan has no storage figure for D1; watch d1StorageAdaptiveGroups against " + limit + " GB");
    }
    BigDecimal share = assumed.get().divide(max, MathContext.DECIMAL64);
    return share.compareTo(BigDecimal.valueOf(5, 1)) < 0
        ? Check.passed(title, "not needed yet: the workload assumes " + Numbers.plain(assumed.get()) + " GB of the " + limit + " GB per database", List.of())
        : Check.failed(title, "the workload assumes " + Numbers.plain(assumed.get()) + " GB, over half of the " + limit + " GB per database", List.of());
  }

  private Check multiRegion() {
    String title = "Multi-region strategy";
    return Check.notApplicable(title, binds(BindingType.D1_DATABASE)
        ? "Workers already run in every location; for D1, read replicas through the Sessions API (env.DB.withSession()) serve reads near users"
        : "Workers already run in every location");
  }

  private Check sharding(TierCost tier) {
    String title = "Entity-based sharding";
    List<CapacityLimit> single = in.plan().capacity().limits().stream().filter(l -> l.factKey().startsWith("d1.limits.queryMs")
        || l.factKey().startsWith("durableObjects.limits.softRequests") || l.factKey().equals("kv.limits.writesPerSecondSameKey")).toList();
    if (single.isEmpty()) {
      return Check.notApplicable(title, "no single database, object or key carries the traffic");
    }
    List<String> broken = single.stream().filter(l -> Tiers.broken(l, tier.peakRequestsPerSecond())).map(l -> l.name() + " (" + l.resource() + ")")
        .collect(Collectors.toList());
    return broken.isEmpty() ? Check.passed(title, "each single database, object or key holds at this tier", List.of())
        : Check.failed(title, "exceeded at this tier: " + String.join(", ", broken) + "; split it by tenant, user or key", List.of());
  }

  private Check fromReadiness(String title, String readinessTitle) {
    Check c = readiness.stream().filter(r -> r.title().equals(readinessTitle)).findFirst().orElseThrow();
    return new Check(title, c.status(), c.reason(), c.evidence());
  }
}
