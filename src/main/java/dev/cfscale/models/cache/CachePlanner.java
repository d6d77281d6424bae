package dev.cfscale.models.cache;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.workload.Workload;
import dev.cfscale.models.capacity.CapacityLimit;
import dev.cfscale.models.capacity.CapacityModel;
import dev.cfscale.models.capacity.CapacityReport;
import dev.cfscale.models.capacity.Numbers;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.profile.LoadMeter;
import dev.cfscale.models.profile.LoadProfile;
import dev.cfscale.models.profile.ProfileLine;
import dev.cfscale.models.profile.RouteProfile;
import dev.cfscale.models.tiers.TierCost;
import dev.cfscale.models.tiers.TierPlanner;
import dev.cfscale.models.tiers.TierUsage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The caching what-if: for each GET route whose reads a cache could serve (D1 queries, Workers AI calls
 * not already behind a cache-aside), a KV cache-aside with the workload's TTL in front of them. The hit
 * ratio comes from the closed form for a TTL set on a miss over a Zipf popularity of the route's keys, at
 * the route's request rate; the reads then run on misses only, each miss writes the cache, each request
 * reads it. The new profile is priced at each tier and its first break found (the hit ratio rises with the
 * rate, so the breaking rate is found by iterating to the fixed point). The routes with the most reads go first.
 */
public final class CachePlanner {
  private static final int MAX_ROUTES = 5;
  private static final int FIXED_POINT_STEPS = 6;
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(java.time.Duration.ofDays(1).toSeconds());
  private final Workload workload;
  private final TierPlanner tiers;
  private final CapacityModel capacity;
  private final Plan plan;
  private final ZipfPopularity popularity;
  private final double ttl;
  private final ZipfPopularity single = new ZipfPopularity(1, 0);

  public CachePlanner(Workload workload, TierPlanner tiers, CapacityModel capacity, Plan plan) {
    this.workload = workload;
    this.tiers = tiers;
    this.capacity = capacity;
    this.plan = plan;
    this.popularity = new ZipfPopularity(workload.get("cache.keys").value().intValue(), workload.get("cache.zipf_exponent").value().doubleValue());
    this.ttl = workload.get("cache.ttl_seconds").value().doubleValue();
  }

  /** One what-if per cacheable route (the {@value #MAX_ROUTES} with the most rows read and AI calls). */
  public List<CacheWhatIf> whatIf(ProjectFacts project, LoadProfile profile, List<TierCost> before, CapacityReport capacityBefore) {
    List<RouteProfile> candidates = profile.routes().stream().filter(CachePlanner::cacheable)
        .sorted(Comparator.comparing(CachePlanner::reads).reversed()).limit(MAX_ROUTES).toList();
    List<CacheWhatIf> out = new ArrayList<>();
    for (RouteProfile route : candidates) {
      out.add(whatIf(project, profile, route, before, capacityBefore));
    }
    return out;
  }

  private CacheWhatIf whatIf(ProjectFacts project, LoadProfile profile, RouteProfile route, List<TierCost> before, CapacityReport capBefore) {
    List<CacheWhatIf.TierEffect> effects = new ArrayList<>();
    for (TierCost t : before) {
      BigDecimal rate = route.perProjectRequest().multiply(BigDecimal.valueOf(t.requestsPerDay())).divide(SECONDS_PER_DAY, MathContext.DECIMAL64);
      double h = hitRatio(route, rate.doubleValue());
      LoadProfile cached = withCache(profile, route, h);
      var after = tiers.estimate(cached, t.requestsPerDay(), plan);
      BigDecimal d1Before = TierUsage.monthly(profile, LoadMeter.D1_ROWS_READ, BigDecimal.valueOf(t.requestsPerDay()));
      BigDecimal d1After = TierUsage.monthly(cached, LoadMeter.D1_ROWS_READ, BigDecimal.valueOf(t.requestsPerDay()));
      effects.add(new CacheWhatIf.TierEffect(t.requestsPerDay(), rate, BigDecimal.valueOf(h), d1Before, d1After, t.estimate().total(),
          after.total()));
    }
    // the limit this route's reads bind first, and where it moves with the cache
    Optional<CapacityLimit> bound = capBefore.limits().stream().filter(l -> !l.isPerInvocation()
        && l.breaksAtPeakRps().isPresent() && l.drivenBy().contains(route.entry())).findFirst();
    Optional<BigDecimal> breakBefore = bound.flatMap(CapacityLimit::breaksAtPeakRps);
    Optional<BigDecimal> breakAfter = bound.flatMap(l -> breakAfter(project, profile, route, l));
    boolean first = bound.isPresent() && capBefore.first().filter(bound.get()::equals).isPresent();
    return new CacheWhatIf(route.entry(), describe(route), BigDecimal.valueOf(ttl), keys(route),
        BigDecimal.valueOf(popularity.exponent()), effects, bound.map(l -> l.name() + " of " + l.resource()), first, breakBefore,
        breakAfter, summary(route, effects, bound, first, breakAfter));
  }

  /** Where {@code limit} breaks with the cache, at the hit ratio of that rate itself (iterated to a fixed point). */
  private Optional<BigDecimal> breakAfter(ProjectFacts project, LoadProfile profile, RouteProfile route, CapacityLimit limit) {
    Optional<BigDecimal> rate = limit.breaksAtPeakRps();
    for (int i = 0; i < FIXED_POINT_STEPS && rate.isPresent(); i++) {
      double h = hitRatio(route, rate.get().multiply(route.perProjectRequest()).doubleValue());
      Optional<BigDecimal> next = capacity.check(project, withCache(profile, route, h)).limits().stream()
          .filter(l -> l.name().equals(limit.name()) && l.resource().equals(limit.resource())).findFirst()
          .flatMap(CapacityLimit::breaksAtPeakRps);
      if (next.isEmpty() || next.get().subtract(rate.get()).abs().compareTo(rate.get().movePointLeft(3)) < 0) {
        return next;
      }
      rate = next;
    }
    return rate;
  }

  /**
   * The closed-form hit ratio of the route's cache at {@code routeRate} requests a second. A route with no
   * path parameter serves one key; one with parameters serves the workload's {@code cache.keys}.
   */
  private double hitRatio(RouteProfile route, double routeRate) {
    return HitRatios.ttlOnMiss(keys(route) == 1 ? single : popularity, routeRate, ttl);
  }

  private int keys(RouteProfile route) {
    return route.entry().matches(".*[:{\\[*].*") ? popularity.keys() : 1;
  }

  /** The profile with {@code route}'s reads on misses only, one cache read per request and one cache write per miss. */
  private LoadProfile withCache(LoadProfile profile, RouteProfile route, double hitRatio) {
    BigDecimal miss = BigDecimal.valueOf(1 - hitRatio);
    List<ProfileLine> lines = new ArrayList<>();
    for (ProfileLine l : route.lines()) {
      lines.add(isRead(l) ? new ProfileLine(l.meter(), l.operation(), l.resource(), l.keyShape(), l.keyText(), l.sharedKey(),
          l.expected().multiply(miss), l.worst(), l.parallel(),
          l.location(), l.detail(), l.assumptions()) : l);
    }
    List<String> used = List.of("cache.ttl_seconds", "cache.keys", "cache.zipf_exponent");
    lines.add(new ProfileLine(LoadMeter.KV_READS, "get", "(what-if KV cache)", "template", "what-if cache key", false, BigDecimal.ONE, BigDecimal.ONE, false, route.location(),
        "cache lookup", used));
    lines.add(new ProfileLine(LoadMeter.KV_WRITES, "put", "(what-if KV cache)", "template", "what-if cache key", false, miss, BigDecimal.ONE, false, route.location(),
        "cache fill on a miss", used));
    return profile.replacing(route, route.withLines(lines));
  }

  private static boolean cacheable(RouteProfile r) {
    return r.isFrontDoor() && r.entry().startsWith("GET ") && r.perProjectRequest().signum() > 0 && reads(r).signum() > 0;
  }

  /** D1 and Workers AI work not already behind a cache-aside (expected equals worst). */
  private static boolean isRead(ProfileLine l) {
    boolean read = l.meter() == LoadMeter.AI_CALLS || l.meter().id().startsWith("d1_") && l.meter() != LoadMeter.D1_ROWS_WRITTEN;
    return read && !l.assumptions().contains("kv.cache_hit_ratio");
  }

  private static BigDecimal reads(RouteProfile r) {
    return r.lines().stream().filter(CachePlanner::isRead).filter(l -> l.meter() == LoadMeter.D1_ROWS_READ || l.meter() == LoadMeter.AI_CALLS)
        .map(ProfileLine::expected).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String describe(RouteProfile r) {
    List<String> parts = new ArrayList<>();
    BigDecimal queries = r.lines().stream().filter(l -> isRead(l) && l.meter() == LoadMeter.D1_QUERIES).map(ProfileLine::expected)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal ai = r.lines().stream().filter(l -> isRead(l) && l.meter() == LoadMeter.AI_CALLS).map(ProfileLine::expected)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (queries.signum() > 0) {
      parts.add(Numbers.plain(queries) + " D1 queries");
    }
    if (ai.signum() > 0) {
      parts.add(Numbers.plain(ai) + " Workers AI calls");
    }
    return String.join(" and ", parts) + " per request";
  }

  /** "a 60 s KV cache on GET /api/products hits 93 % at 1M req/day, cuts D1 rows read by 93 % ...; moves the first break from 40 to 600 req/s". */
  private String summary(RouteProfile route, List<CacheWhatIf.TierEffect> effects, Optional<CapacityLimit> bound, boolean first,
      Optional<BigDecimal> after) {
    StringBuilder s = new StringBuilder("a " + Numbers.plain(BigDecimal.valueOf(ttl)) + " s KV cache on " + route.entry());
    if (!effects.isEmpty()) {
      CacheWhatIf.TierEffect e = effects.get(effects.size() - 1);
      s.append(" hits ").append(percent(e.hitRatio())).append(" at ").append(Numbers.count(BigDecimal.valueOf(e.requestsPerDay())))
          .append(" req/day");
      if (e.d1RowsReadBefore().signum() > 0) {
        s.append(", cuts D1 rows read by ")
            .append(percent(BigDecimal.ONE.subtract(e.d1RowsReadAfter().divide(e.d1RowsReadBefore(), MathContext.DECIMAL64))));
      }
      s.append(" and the monthly bill from ").append(usd(e.monthlyUsdBefore())).append(" to ").append(usd(e.monthlyUsdAfter()));
    }
    if (bound.isPresent() && after.isPresent()) {
      String from = Numbers.rate(bound.get().breaksAtPeakRps().orElseThrow());
      s.append(first ? "; moves the first break from " + from : "; moves " + bound.get().name() + " (" + bound.get().resource()
          + ") from " + from).append(" to ").append(Numbers.rate(after.get())).append(" req/s");
    }
    return s.toString();
  }

  /** 47 %, 99.9 % (one decimal near the ends, where whole percents would say 100 %). */
  private static String percent(BigDecimal ratio) {
    BigDecimal p = ratio.movePointRight(2);
    int decimals = p.compareTo(BigDecimal.valueOf(99)) > 0 || p.compareTo(BigDecimal.ONE) < 0 ? 1 : 0;
    return p.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " %";
  }

  private static String usd(BigDecimal amount) {
    return dev.cfscale.findings.Figures.usd(amount.setScale(2, RoundingMode.HALF_UP));
  }
}
