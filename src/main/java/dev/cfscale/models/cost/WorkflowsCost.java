package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import java.math.BigDecimal;
import java.util.List;

/** Workflows: steps and stored state (requests and CPU are billed with Workers, same SKU). */
final class WorkflowsCost implements ProductCostModel {
  private static final String PRODUCT = "Workflows";
  private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);
  private final FactsView f;

  WorkflowsCost(FactsView facts) {
    this.f = facts;
  }

  @Override
  public List<CostLine> lines(Usage usage, Plan plan) {
    ProductUsage wf = usage.product("workflows");
    if (plan == Plan.FREE || !FactsView.any(wf)) {
      return List.of();
    }
    Meter meter = f.meter(PRODUCT, "workflows");
    return List.of(
        meter.line("Steps", "steps", wf.total("steps_per_month"), f.n("workflows.included.paid.stepsPerMonth"),
            f.n("workflows.pricing.usdPer100kSteps"), HUNDRED_THOUSAND, "retries and rollback handlers are not counted"),
        meter.line("Storage", "GB-month", wf.total("storage_gb_month"), f.n("workflows.included.paid.storageGbMonth"),
            f.n("workflows.pricing.usdPerGbMonthStorage"), BigDecimal.ONE, ""));
  }

  @Override
  public List<Outage> outages(Usage usage, Plan plan) {
    ProductUsage wf = usage.product("workflows");
    if (plan != Plan.FREE || !FactsView.any(wf)) {
      return List.of();
    }
    return f.daily(PRODUCT, "Steps", wf.total("steps_per_month"), "workflows.included.free.stepsPerDay",
        "steps beyond the daily allowance fail until 00:00 UTC").stream().toList();
  }
}
