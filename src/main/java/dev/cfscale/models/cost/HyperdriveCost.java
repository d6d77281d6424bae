package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import java.util.List;

/** Hyperdrive: no per-query charge on Paid; a daily query allowance on Free. */
final class HyperdriveCost implements ProductCostModel {
  private static final String PRODUCT = "Hyperdrive";
  private final FactsView f;

  HyperdriveCost(FactsView facts) {
    this.f = facts;
  }

  @Override
  public List<CostLine> lines(Usage usage, Plan plan) {
    ProductUsage hd = usage.product("hyperdrive");
    if (plan == Plan.FREE || !FactsView.any(hd)) {
      return List.of();
    }
    return List.of(f.meter(PRODUCT, "hyperdrive").line("Queries", "query", hd.total("queries_per_month"),
        java.math.BigDecimal.ZERO, f.n("hyperdrive.pricing.usdPerQuery"), java.math.BigDecimal.ONE,
        "included in Workers Paid; your database's own costs are not modelled"));
  }

  @Override
  public List<Outage> outages(Usage usage, Plan plan) {
    ProductUsage hd = usage.product("hyperdrive");
    if (plan != Plan.FREE || !FactsView.any(hd)) {
      return List.of();
    }
    return f.daily(PRODUCT, "Queries", hd.total("queries_per_month"), "hyperdrive.included.free.queriesPerDay",
        "queries fail beyond the daily allowance until 00:00 UTC").stream().toList();
  }
}
