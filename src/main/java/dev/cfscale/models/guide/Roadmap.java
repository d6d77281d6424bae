package dev.cfscale.models.guide;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.models.cache.CacheWhatIf;
import dev.cfscale.models.capacity.CapacityLimit;
import dev.cfscale.models.capacity.LimitKind;
import dev.cfscale.models.capacity.Numbers;
import dev.cfscale.models.tiers.TierCost;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Section 8: every finding and every capacity limit the planned tiers exceed, as one list ordered by the traffic
 * at which it bites, then severity, then effort; each falls in the seed's horizons by the earlier of its traffic
 * (exceeded by the first tier: week 1; the second: month 1; the third: months 2-3; later: months 4-6) and its
 * severity (high: week 1, medium: month 1, low: months 2-3).
 */
final class Roadmap {
  /** Rules whose findings bite where a limit of these facts keys breaks, beyond the decision matrix's ten bottlenecks. */
  private static final Map<String, List<String>> LIMITS_BY_RULE = Map.of(
      "durable-objects/singleton-on-hot-path", List.of("durableObjects.limits.softRequestsPerSecondPerObject"),
      "ai/expensive-model-uncached", List.of("workersAi.limits.requestsPerMinuteByTask"),
      "queues/low-max-concurrency", List.of("queues.limits.concurrentConsumerInvocationsPushMax"));
  private static final List<String> INDEX_RULES = List.of("d1/full-table-scan", "d1/temp-btree-sort", "durable-objects/sql-full-table-scan");
  private static final long NO_FIGURE = Long.MAX_VALUE;

  private final GuideInputs in;
  private final FactText text;
  private final List<TierCost> tiers;

  Roadmap(GuideInputs in, FactText text) {
    this.in = in;
    this.text = text;
    this.tiers = in.plan().tiers();
  }

  List<RoadmapItem> items() {
    List<RoadmapItem> out = new ArrayList<>();
    Set<CapacityLimit> covered = new LinkedHashSet<>();
    for (Finding f : in.findings()) {
      List<CapacityLimit> linked = linked(f);
      covered.addAll(linked);
      out.add(fromFinding(f, linked));
    }
    in.plan().capacity().limits().stream().filter(l -> !covered.contains(l) && exceeded(l)).map(this::fromLimit).forEach(out::add);
    out.sort(Comparator.comparingLong(RoadmapItem::bitesAtRequestsPerDay).thenComparing(RoadmapItem::severity)
        .thenComparing(RoadmapItem::effort).thenComparing(RoadmapItem::where));
    return out;
  }

  /** The limits a finding drives: bound to its bottleneck (or listed for its rule), and reached from its routes or named by its subject. */
  private List<CapacityLimit> linked(Finding f) {
    List<String> keys = LIMITS_BY_RULE.getOrDefault(f.ruleId(), List.of());
    return in.plan().capacity().limits().stream().filter(l -> keys.stream().anyMatch(l.factKey()::startsWith)
        || java.util.Arrays.stream(Bottleneck.values()).anyMatch(b -> DecisionMatrix.detects(b, f) && b.boundBy(l.factKey())))
        .filter(l -> samePlace(f, l)).toList();
  }

  /**
   * True when the limit's use comes from where the finding is: an entry point the finding is reached from drives it,
   * or what the finding names (its {@code instance}, {@code key} or {@code name} evidence, or the subject of a config
   * finding, {@code consumer:jobs}) is in the limit's resource. A finding that says none of these links by kind alone.
   */
  private static boolean samePlace(Finding f, CapacityLimit l) {
    List<String> entries = java.util.Arrays.stream(f.evidence().getOrDefault("reached from", "").split(", ")).filter(e -> !e.isBlank())
        .map(e -> e.startsWith("route ") ? e.substring("route ".length()) : e).toList();
    List<String> names = new ArrayList<>();
    for (String key : List.of("instance", "key", "name")) {
      String v = f.evidence().getOrDefault(key, "").replaceAll("^[\"'`]|[\"'`]$", "");
      if (!v.isBlank()) {
        names.add(v);
      }
    }
    if (f.subject() != null && f.subject().matches("[a-z-]+:[^:]+")) {
      names.add(f.subject().substring(f.subject().indexOf(':') + 1));
    }
    if (entries.isEmpty() && names.isEmpty()) {
      return true;
    }
    return entries.stream().anyMatch(l.drivenBy()::contains) || names.stream().anyMatch(l.resource()::contains);
  }

  private boolean exceeded(CapacityLimit l) {
    return tiers.stream().anyMatch(t -> Tiers.broken(l, t.peakRequestsPerSecond()));
  }

  private RoadmapItem fromFinding(Finding f, List<CapacityLimit> linked) {
    long bites = linked.stream().mapToLong(Roadmap::bitesAt).filter(b -> b != NO_FIGURE).min()
        .orElse(f.severity().atLeast(Severity.HIGH) ? 0 : NO_FIGURE);
    Effort effort = effort(f);
    Optional<String> scaffold = effort == Effort.MIGRATION ? Optional.of("cfscale fix --d1-indexes") : Optional.empty();
    String where = f.location().file() + ":" + f.location().line();
    String when = bitesText(bites, linked) + StorageGrowth.perTier(f, in.plan()).map(g -> "; " + g).orElse("");
    return new RoadmapItem(phase(bites, f.severity()), in.summary(f.ruleId()), where, bites, when, f.severity(), effort,
        f.fix(), scaffold, f.ruleId());
  }

  private RoadmapItem fromLimit(CapacityLimit l) {
    long bites = bitesAt(l);
    Optional<CacheWhatIf> cache = in.plan().caching().stream()
        .filter(c -> c.boundLimit().filter(b -> b.equals(l.name() + " of " + l.resource())).isPresent()).findFirst();
    Effort effort = l.factKey().startsWith("queues.limits.concurrentConsumer") || l.factKey().contains(".included.free.") ? Effort.CONFIG
        : cache.isPresent() ? Effort.CODE : Effort.DESIGN;
    String fix = cache.map(CacheWhatIf::summary).orElseGet(() -> text.resolve(fixFor(l)));
    Optional<String> scaffold = cache.map(this::cacheScaffold);
    // a limit the tiers exceed fails requests (high), but it falls in the horizon of the traffic that exceeds it
    return new RoadmapItem(phaseByTraffic(bites), l.name() + " (" + l.resource() + ")", l.drivenBy(), bites, bitesText(bites, List.of(l)),
        Severity.HIGH, effort, fix, scaffold, l.factKey());
  }

  /** Requests per day at which the limit fails: 0 for a per-request limit that fails at any traffic. */
  private static long bitesAt(CapacityLimit l) {
    if (l.isPerInvocation()) {
      return l.passes() || l.kind() == LimitKind.FAN_OUT ? NO_FIGURE : 0;
    }
    return l.breaksAtRequestsPerDay().map(BigDecimal::longValue).orElse(NO_FIGURE);
  }

  /** The horizon of the first tier that reaches {@code bites} requests a day (week 1 for the first tier, ...), else months 4-6. */
  private Phase phaseByTraffic(long bites) {
    for (int i = 0; i < tiers.size() && i < Phase.values().length - 1; i++) {
      if (bites <= tiers.get(i).requestsPerDay()) {
        return Phase.values()[i];
      }
    }
    return Phase.LONG_TERM;
  }

  private Phase phase(long bites, Severity severity) {
    Phase byTraffic = phaseByTraffic(bites);
    Phase bySeverity = severity.atLeast(Severity.HIGH) ? Phase.IMMEDIATE : severity == Severity.MEDIUM ? Phase.SHORT_TERM
        : Phase.MEDIUM_TERM;
    return byTraffic.compareTo(bySeverity) <= 0 ? byTraffic : bySeverity;
  }

  private String bitesText(long bites, List<CapacityLimit> linked) {
    if (bites == 0) {
      return "now, at any traffic";
    }
    if (bites == NO_FIGURE) {
      return "as traffic grows";
    }
    Optional<CapacityLimit> limit = linked.stream().filter(l -> bitesAt(l) == bites).findFirst();
    return "at about " + Numbers.count(BigDecimal.valueOf(bites)) + " req/day"
        + limit.flatMap(CapacityLimit::breaksAtPeakRps).map(r -> " (" + Numbers.rate(r) + " req/s at peak: " + limit.get().name() + ")").orElse("");
  }

  private Effort effort(Finding f) {
    boolean inConfig = in.project().workers().stream().anyMatch(w -> w.file().equals(f.location().file()));
    if (inConfig) {
      return Effort.CONFIG;
    }
    return INDEX_RULES.contains(f.ruleId()) && f.evidence().containsKey("index") ? Effort.MIGRATION : Effort.CODE;
  }

  /** What to do about a limit the tiers exceed, by the facts key it was read from (placeholders resolved by the caller). */
  private static String fixFor(CapacityLimit l) {
    String key = l.factKey();
    if (key.contains(".included.free.")) {
      return "Move to the Workers Paid plan (${workers.pricing.paidPlanMinimumUsdPerMonth}/month): the Free allowance is a hard daily cap.";
    }
    if (key.startsWith("kv.limits.writesPerSecondSameKey")) {
      return "Shard the key over several keys (`key:${shard}`) or keep the value in a Durable Object that writes it once a second.";
    }
    if (key.startsWith("r2.limits.concurrentWritesSameKey")) {
      return "Write a new key per write (append an id or timestamp) instead of overwriting one object.";
    }
    if (key.startsWith("durableObjects.limits.softRequests")) {
      return "Shard the object by a key from the request (idFromName(`user:${id}`)) so no single object takes every request.";
    }
    if (key.startsWith("d1.limits.queryMs")) {
      return "Cache the reads in KV, add the indexes the audit names, and batch the queries; past that, split the data across databases.";
    }
    if (key.startsWith("queues.limits.concurrentConsumer")) {
      return "Remove max_concurrency so consumers autoscale (up to ${queues.limits.concurrentConsumerInvocationsPushMax}), or raise max_batch_size.";
    }
    if (key.startsWith("queues.limits.messagesPerSecond")) {
      return "Send in batches (sendBatch, up to ${queues.limits.sendBatchMaxMessages} messages) or spread the messages over several queues.";
    }
    if (key.startsWith("workersAi.limits")) {
      return "Cache answers (AI Gateway caching, or KV keyed by a hash of the prompt), move non-interactive calls to a queue, or ask "
          + "Cloudflare for a higher limit.";
    }
    if (key.startsWith("workflows.limits")) {
      return "Create instances in batches (createBatch) or through a queue that smooths the rate.";
    }
    return "Batch the calls (db.batch, KV bulk get) so one invocation stays under the limit.";
  }

  /** The KV cache-aside a caching what-if describes, as code to start from (the project's KV binding, else one to add). */
  private String cacheScaffold(CacheWhatIf c) {
    String kv = in.project().environments().flatMap(e -> e.bindings(BindingType.KV_NAMESPACE).stream()).map(b -> b.name()).findFirst()
        .orElse("CACHE");
    String ttl = c.ttlSeconds().stripTrailingZeros().toPlainString();
    return "// " + c.route() + ": serve from KV, read D1 only on a miss\n"
        + "const key = \"cache:\" + new URL(request.url).pathname;\n"
        + "const hit = await env." + kv + ".get(key, \"json\");\n"
        + "if (hit) return Response.json(hit);\n"
        + "const fresh = await load(env); // the reads the route does today\n"
        + "ctx.waitUntil(env." + kv + ".put(key, JSON.stringify(fresh), { expirationTtl: " + ttl + " }));\n"
        + "return Response.json(fresh);";
  }
}
