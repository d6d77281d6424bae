package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.Usage;
import dev.cfscale.platform.PlatformFacts;
import java.util.ArrayList;
import java.util.List;

/** The whole bill: every product's model, in a fixed order, over one month of usage. */
public final class CostModel {
  private final List<ProductCostModel> products;

  public CostModel(PlatformFacts facts) {
    FactsView f = new FactsView(facts);
    boolean analyticsBilled = Boolean.TRUE.equals(facts.fact("analyticsEngine.pricing.currentlyBilled").value());
    // in report order; products billed by plain meters are data (Meters), the rest have their own arithmetic
    this.products = List.of(new WorkersCost(f), new WorkersLogsCost(f), new MeteredCost(f, Meters.KV), new MeteredCost(f, Meters.D1),
        new R2Cost(f), new QueuesCost(f), new DurableObjectsCost(f), new VectorizeCost(f), new WorkersAiCost(f, facts),
        new AiGatewayCost(f), new MeteredCost(f, Meters.WORKFLOWS), new MeteredCost(f, Meters.HYPERDRIVE),
        new AnalyticsEngineCost(f, analyticsBilled));
  }

  /** The monthly estimate for {@code usage} on {@code plan}. */
  public CostEstimate estimate(Usage usage, Plan plan) {
    List<CostLine> lines = new ArrayList<>();
    List<Outage> outages = new ArrayList<>();
    for (ProductCostModel product : products) {
      lines.addAll(product.lines(usage, plan));
      outages.addAll(product.outages(usage, plan));
    }
    return new CostEstimate(plan, lines, outages);
  }
}
