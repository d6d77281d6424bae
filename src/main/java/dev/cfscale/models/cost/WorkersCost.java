package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Workers Standard: the Paid minimum, requests and CPU time. Workers Cache hits are billed as
 * requests without CPU; static asset requests are free; Workflows invocations share the request and
 * CPU SKUs (and their included amounts), so they are added here.
 */
final class WorkersCost implements ProductCostModel {
  private static final String PRODUCT = "Workers";
  private final FactsView f;

  WorkersCost(FactsView facts) {
    this.f = facts;
  }

  @Override
  public List<CostLine> lines(Usage usage, Plan plan) {
    if (plan == Plan.FREE) {
      return List.of();
    }
    ProductUsage workers = usage.product("workers");
    ProductUsage workflows = usage.product("workflows");
    Meter meter = f.meter(PRODUCT, "workers");
    List<CostLine> lines = new ArrayList<>();
    lines.add(meter.fixed("Paid plan minimum", f.n("workers.pricing.paidPlanMinimumUsdPerMonth"),
        "covers Workers, Pages Functions, KV, Hyperdrive and Durable Objects allowances"));
    lines.add(meter.line("Requests", "requests", requests(workers, workflows), f.n("workers.included.paid.requestsPerMonth"),
        f.n("workers.pricing.usdPerMillionRequests"), FactsView.million(), requestNote(workers, workflows)));
    lines.add(meter.line("CPU time", "CPU ms", cpuMillis(workers, workflows), f.n("workers.included.paid.cpuMsPerMonth"),
        f.n("workers.pricing.usdPerMillionCpuMs"), FactsView.million(), "requests x cpu_ms_per_request; cache hits use no CPU"));
    BigDecimal assets = workers.total("static_asset_requests_per_month");
    if (assets.signum() > 0) {
      lines.add(meter.line("Static asset requests", "requests", assets, BigDecimal.ZERO,
          f.n("workers.pricing.staticAssetRequestsUsd"), FactsView.million(), "free and unlimited"));
    }
    return lines;
  }

  @Override
  public List<Outage> outages(Usage usage, Plan plan) {
    if (plan != Plan.FREE) {
      return List.of();
    }
    ProductUsage workers = usage.product("workers");
    List<Outage> out = new ArrayList<>();
    f.daily(PRODUCT, "Requests", requests(workers, usage.product("workflows")), "workers.included.free.requestsPerDay",
        "requests beyond the daily allowance fail with error " + f.n("workers.limits.freeDailyLimitErrorCode").toPlainString()
            + " until 00:00 UTC").ifPresent(out::add);
    BigDecimal cpu = workers.attribute("cpu_ms_per_request", BigDecimal.ZERO);
    f.total(PRODUCT, "CPU time", cpu, "workers.included.free.cpuMsPerInvocation", "request",
        "invocations that need more CPU than the Free limit are stopped with an error").ifPresent(out::add);
    return out;
  }

  private static BigDecimal requests(ProductUsage workers, ProductUsage workflows) {
    return workers.total("requests_per_month").add(workers.total("cache_hit_requests_per_month"))
        .add(workflows.total("requests_per_month"));
  }

  private static BigDecimal cpuMillis(ProductUsage workers, ProductUsage workflows) {
    return workers.total("requests_per_month").multiply(workers.attribute("cpu_ms_per_request", BigDecimal.ZERO))
        .add(workflows.total("requests_per_month").multiply(workflows.attribute("cpu_ms_per_request", BigDecimal.ZERO)));
  }

  private static String requestNote(ProductUsage workers, ProductUsage workflows) {
    List<String> parts = new ArrayList<>();
    if (workers.total("cache_hit_requests_per_month").signum() > 0) {
      parts.add("includes Workers Cache hits (billed as requests)");
    }
    if (workflows.total("requests_per_month").signum() > 0) {
      parts.add("includes Workflows invocations (same SKU)");
    }
    return String.join("; ", parts);
  }
}
