package dev.cfscale.models.capacity;

import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.profile.LoadMeter;
import dev.cfscale.models.profile.LoadProfile;
import dev.cfscale.models.profile.ProfileLine;
import dev.cfscale.models.profile.RouteProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Limits on one invocation, checked against the worst entry point's worst case (every branch taken,
 * loops at their assumed size): subrequests, calls to Cloudflare services (Free), D1 queries, KV
 * operations, Analytics Engine data points, Cache API calls and CPU time. They pass or fail at any traffic.
 */
final class PerRequestLimits {
  private static final java.util.Set<LoadMeter> CONNECTIONS = java.util.EnumSet.of(LoadMeter.SUBREQUESTS, LoadMeter.KV_READS,
      LoadMeter.KV_WRITES, LoadMeter.KV_DELETES, LoadMeter.KV_LISTS, LoadMeter.R2_CLASS_A, LoadMeter.R2_CLASS_B, LoadMeter.D1_QUERIES,
      LoadMeter.SERVICE_CALLS);
  private final CapacityModel model;
  private final LoadProfile profile;

  PerRequestLimits(CapacityModel model, LoadProfile profile) {
    this.model = model;
    this.profile = profile;
  }

  List<CapacityLimit> all() {
    boolean free = model.plan() == Plan.FREE;
    List<CapacityLimit> out = new ArrayList<>();
    check(out, "Subrequests per invocation", free ? "workers.limits.subrequestsPerInvocationFree"
        : "workers.limits.subrequestsPerInvocationPaidDefault", "fetches", sum(LoadMeter.SUBREQUESTS));
    if (free) {
      check(out, "Calls to Cloudflare services per invocation (Free)", "workers.limits.subrequestsToCloudflareServicesPerInvocationFree",
          "calls", r -> Arrays.stream(LoadMeter.values()).filter(m -> m.isServiceCall()).map(r::worstPerInvocation)
              .reduce(BigDecimal.ZERO, BigDecimal::add));
    }
    check(out, "D1 queries per invocation", free ? "d1.limits.queriesPerInvocationFree" : "d1.limits.queriesPerInvocationPaid",
        "queries", sum(LoadMeter.D1_QUERIES));
    check(out, "KV operations per invocation", "kv.limits.operationsPerWorkerInvocation", "operations",
        sum(LoadMeter.KV_READS, LoadMeter.KV_WRITES, LoadMeter.KV_DELETES, LoadMeter.KV_LISTS));
    check(out, "Analytics Engine data points per invocation", "analyticsEngine.limits.dataPointsPerInvocation", "data points",
        sum(LoadMeter.ANALYTICS_DATA_POINTS));
    check(out, "Cache API calls per request", free ? "cache.limits.cacheApiCallsPerRequestFree" : "cache.limits.cacheApiCallsPerRequestPaid",
        "calls", sum(LoadMeter.CACHE_API_CALLS));
    CapacityModel.worstEntry(profile, PerRequestLimits::parallelConnections).ifPresent(e -> out.add(model.perInvocation(LimitKind.FAN_OUT,
        "Simultaneous open connections per invocation (more wait, no error)", "workers.limits.simultaneousOpenConnectionsPerInvocation",
        "connections", e.getValue(), e.getKey())));
    if (free && profile.routes().stream().anyMatch(RouteProfile::isFrontDoor)) {
      var cpu = model.workload().get("traffic.cpu_ms_per_request");
      out.add(model.perRequest("CPU time per invocation (Free)", "workers.limits.cpuMsPerInvocationFree", "CPU ms", cpu.value(),
          "every request (traffic.cpu_ms_per_request)"));
    }
    return out;
  }

  private void check(List<CapacityLimit> out, String name, String key, String unit, Function<RouteProfile, BigDecimal> use) {
    CapacityModel.worstEntry(profile, use).ifPresent(e -> out.add(model.perRequest(name, key, unit, e.getValue(), e.getKey())));
  }

  /** Calls that open a connection (fetch, KV, R2, D1, service calls) fanned out at once by Promise.all or a .map callback. */
  private static BigDecimal parallelConnections(RouteProfile r) {
    return r.lines().stream().filter(l -> l.parallel() && CONNECTIONS.contains(l.meter())).map(ProfileLine::worst)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Function<RouteProfile, BigDecimal> sum(LoadMeter... meters) {
    return r -> Arrays.stream(meters).map(r::worstPerInvocation).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
