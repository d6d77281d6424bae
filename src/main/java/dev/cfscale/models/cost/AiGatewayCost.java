package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import java.math.BigDecimal;
import java.util.List;

/** AI Gateway: core features (caching, rate limiting, analytics) are free; Logpush is billed on Paid. */
final class AiGatewayCost extends PaidProduct {
  private static final String PRODUCT = "AI Gateway";

  AiGatewayCost(FactsView facts) {
    super(facts, "ai_gateway");
  }

  @Override
  List<CostLine> paidLines(ProductUsage gw, Usage usage) {
    return List.of(f.meter(PRODUCT, "aiGateway").line("Logpush logs", "logs", gw.total("logpush_logs_per_month"),
        f.n("aiGateway.included.paid.logpushRequestsPerMonth"), f.n("aiGateway.pricing.logpushUsdPerMillionRequests"),
        FactsView.million(), "caching, rate limiting and analytics cost " + f.n("aiGateway.pricing.coreFeaturesUsd").toPlainString()));
  }

  @Override
  List<Outage> freeOutages(ProductUsage gw, Usage usage) {
    if (gw.total("logpush_logs_per_month").signum() == 0) {
      return List.of();
    }
    return List.of(new Outage(PRODUCT, "Logpush logs", gw.total("logpush_logs_per_month"), BigDecimal.ZERO, "month",
        "Logpush is not available on the Free plan"));
  }
}
