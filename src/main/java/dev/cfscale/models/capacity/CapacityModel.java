package dev.cfscale.models.capacity;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.config.QueueConsumer;
import dev.cfscale.facts.workload.Workload;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.profile.LoadMeter;
import dev.cfscale.models.profile.LoadProfile;
import dev.cfscale.models.profile.ProfileLine;
import dev.cfscale.models.profile.RouteProfile;
import dev.cfscale.platform.PlatformFacts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the project breaks: for each documented limit that bounds throughput (capacity-limits.md), the
 * use c per project request of the one resource it applies to, and {@code breaksAt = limit / c} as a peak
 * request rate to the project. Per-request limits pass or fail at any traffic; Free-plan daily allowances
 * break at a number of requests per day. Every limit comes from the facts file by key.
 */
public final class CapacityModel {
  static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(java.time.Duration.ofDays(1).toSeconds());
  static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(java.time.Duration.ofMinutes(1).toSeconds());
  private static final MathContext MC = MathContext.DECIMAL64;

  private final PlatformFacts facts;
  private final Workload workload;
  private final Plan plan;
  private final BigDecimal peak;

  public CapacityModel(PlatformFacts facts, Workload workload, Plan plan) {
    this.facts = facts;
    this.workload = workload;
    this.plan = plan;
    this.peak = workload.get("traffic.peak_to_average").value();
  }

  public CapacityReport check(ProjectFacts project, LoadProfile profile) {
    List<CapacityLimit> limits = new ArrayList<>();
    limits.addAll(new RateLimits(this, profile, project).all());
    if (plan == Plan.FREE) {
      limits.addAll(new DailyAllowances(this, profile).all());
    }
    limits.addAll(new PerRequestLimits(this, profile).all());
    limits.sort(Comparator.comparing(CapacityModel::sortKey));
    Optional<CapacityLimit> first = limits.stream().filter(l -> l.kind() != LimitKind.FAN_OUT)
        .filter(l -> !l.passes() || l.breaksAtPeakRps().isPresent()).findFirst();
    return new CapacityReport(limits, peak, first, first.map(this::headline).orElse("no limit found that traffic reaches"));
  }

  /** Failing per-request limits first (broken at any rate), then by breaking rate, then passing per-request limits. */
  private static BigDecimal sortKey(CapacityLimit l) {
    if (l.kind() == LimitKind.PER_REQUEST) {
      return l.passes() ? BigDecimal.valueOf(Long.MAX_VALUE) : BigDecimal.valueOf(-1);
    }
    if (l.kind() == LimitKind.FAN_OUT) {
      return BigDecimal.valueOf(l.passes() ? Long.MAX_VALUE : Long.MAX_VALUE - 2);
    }
    return l.breaksAtPeakRps().orElse(BigDecimal.valueOf(Long.MAX_VALUE - 1));
  }

  /** "breaks first at about 14 req/s (1.2M req/day at a 3x peak): KV key `stats:global` written by POST /api/track (1 write/s per key)". */
  private String headline(CapacityLimit l) {
    if (l.kind() == LimitKind.PER_REQUEST) {
      return "breaks at any traffic: " + l.resource() + " needs " + Numbers.plain(l.usePerRequest()) + " " + l.limitUnit()
          + " in its worst case, above the limit of " + Numbers.plain(l.limit()) + " (" + l.name() + ")";
    }
    String why = l.resource() + " " + l.drivenBy() + " (" + Numbers.plain(l.limit()) + " " + l.limitUnit() + ")";
    return "breaks first at about " + Numbers.rate(l.breaksAtPeakRps().orElseThrow()) + " req/s ("
        + Numbers.count(l.breaksAtRequestsPerDay().orElseThrow()) + " req/day at a " + Numbers.plain(peak) + "x peak): " + why;
  }

  /** A rate limit ({@code limitKey} per {@code per} seconds) on a resource used {@code use} times per project request. */
  CapacityLimit rate(String name, String resource, String limitKey, BigDecimal perSeconds, String unit, Use use, String verb) {
    BigDecimal limit = facts.number(limitKey);
    BigDecimal perSecond = limit.divide(perSeconds, MC);
    Optional<BigDecimal> breaks = use.perRequest().signum() == 0 ? Optional.empty() : Optional.of(perSecond.divide(use.perRequest(), MC));
    return new CapacityLimit(name, resource, LimitKind.RATE, limit, unit, limitKey, facts.fact(limitKey).source(), use.perRequest(),
        breaks, breaks.map(this::perDayAtPeak), verb + " by " + use.entries());
  }

  /** A daily allowance: breaks when requests per day times use, plus scheduled use, exceed it. */
  CapacityLimit daily(String name, String resource, String limitKey, String unit, Use use, BigDecimal perUnit) {
    BigDecimal limit = facts.number(limitKey);
    BigDecimal perRequest = use.perRequest().multiply(perUnit);
    Optional<BigDecimal> perDay = perRequest.signum() == 0 ? Optional.empty()
        : Optional.of(limit.subtract(use.fixedPerDay().multiply(perUnit)).max(BigDecimal.ZERO).divide(perRequest, MC));
    return new CapacityLimit(name, resource, LimitKind.DAILY, limit, unit, limitKey, facts.fact(limitKey).source(), perRequest,
        perDay.map(d -> d.multiply(peak).divide(SECONDS_PER_DAY, MC)), perDay, "used by " + use.entries());
  }

  /** A per-invocation limit checked against the worst entry's use. */
  CapacityLimit perRequest(String name, String limitKey, String unit, BigDecimal worstUse, String entry) {
    return perInvocation(LimitKind.PER_REQUEST, name, limitKey, unit, worstUse, entry);
  }

  /** A per-invocation limit of {@code kind} (per request, or fan-out) checked against the worst entry's use. */
  CapacityLimit perInvocation(LimitKind kind, String name, String limitKey, String unit, BigDecimal worstUse, String entry) {
    BigDecimal limit = facts.number(limitKey);
    return new CapacityLimit(name, entry, kind, limit, unit, limitKey, facts.fact(limitKey).source(), worstUse,
        Optional.empty(), Optional.empty(), "in its worst case");
  }

  private BigDecimal perDayAtPeak(BigDecimal peakRps) {
    return peakRps.multiply(SECONDS_PER_DAY).divide(peak, MC);
  }

  PlatformFacts facts() {
    return facts;
  }

  Workload workload() {
    return workload;
  }

  Plan plan() {
    return plan;
  }

  /** True for a key every call shares: a constant, or one key per day/hour (all traffic hits it until it rolls over). */
  static boolean sharedKey(ProfileLine l) {
    return l.sharedKey();
  }

  /** The front doors' worst use of the meters, per entry: the entry with the largest. */
  static Optional<Map.Entry<String, BigDecimal>> worstEntry(LoadProfile profile, java.util.function.Function<RouteProfile, BigDecimal> use) {
    return profile.routes().stream().filter(r -> r.perProjectRequest().signum() > 0 || r.fixedPerDay().signum() > 0)
        .map(r -> Map.entry(r.entry(), use.apply(r))).filter(e -> e.getValue().signum() > 0).max(Map.Entry.comparingByValue());
  }

  static List<QueueConsumer> consumers(ProjectFacts project, String worker) {
    return project.workers().stream().filter(w -> w.topLevelName().equals(worker) && !w.environments().isEmpty())
        .flatMap(w -> w.environments().get(0).queueConsumers().stream()).toList();
  }
}
