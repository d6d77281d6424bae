package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Workers Analytics Engine: prices are published but, per the pricing page, not billed yet. Lines
 * show the published price and state the would-be amount; the amount itself follows the facts flag.
 */
final class AnalyticsEngineCost extends PaidProduct {
  private static final String PRODUCT = "Analytics Engine";
  private final boolean billed;

  AnalyticsEngineCost(FactsView facts, boolean billed) {
    super(facts, "analytics_engine");
    this.billed = billed;
  }

  @Override
  List<CostLine> paidLines(ProductUsage ae, Usage usage) {
    Meter meter = f.meter(PRODUCT, "analyticsEngine");
    List<CostLine> lines = new ArrayList<>();
    lines.add(notBilled(meter.line("Data points written", "data points", ae.total("data_points_per_month"),
        f.n("analyticsEngine.included.paid.dataPointsPerMonth"), f.n("analyticsEngine.pricing.usdPerMillionDataPoints"),
        FactsView.million(), "")));
    lines.add(notBilled(meter.line("Read queries", "queries", ae.total("read_queries_per_month"),
        f.n("analyticsEngine.included.paid.readQueriesPerMonth"), f.n("analyticsEngine.pricing.usdPerMillionReadQueries"),
        FactsView.million(), "")));
    return lines;
  }

  private CostLine notBilled(CostLine line) {
    if (billed) {
      return line;
    }
    return new CostLine(line.product(), line.item(), line.quantity(), line.unit(), line.included(), line.billable(),
        line.unitPrice(), line.priceUnit(), BigDecimal.ZERO,
        "not billed yet per the pricing page; at the published price this would be $" + line.amountCents().toPlainString(),
        line.billingNote());
  }

  @Override
  List<Outage> freeOutages(ProductUsage ae, Usage usage) {
    return f.daily(PRODUCT, "Data points written", ae.total("data_points_per_month"),
        "analyticsEngine.included.free.dataPointsPerDay",
        "beyond the Free daily allowance (the docs do not say whether writes are dropped)").stream().toList();
  }
}
