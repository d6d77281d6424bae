package dev.cfscale.models.tiers;

import dev.cfscale.facts.usage.Usage;
import dev.cfscale.models.cost.CostEstimate;
import java.math.BigDecimal;
import java.util.List;

/** One traffic tier: its requests per day and at peak per second, the usage, the bill and each route's part of it. */
public record TierCost(long requestsPerDay, BigDecimal peakRequestsPerSecond, Usage usage, CostEstimate estimate,
    List<RouteCost> routeCosts) {

  public TierCost {
    routeCosts = List.copyOf(routeCosts);
  }
}
