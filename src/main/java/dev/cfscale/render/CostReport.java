package dev.cfscale.render;

import dev.cfscale.findings.Problem;
import dev.cfscale.models.cost.CostEstimate;
import dev.cfscale.models.cost.CostLine;
import dev.cfscale.models.cost.TierProjection;
import java.util.List;
import java.util.Optional;

/**
 * What {@code cfscale cost} prints: either a priced estimate (and optional tier projection) or,
 * without a usage file, the unit prices of the bound products.
 */
public record CostReport(
    String toolVersion,
    String factsVersion,
    String factsAsOf,
    String plan,
    Optional<CostEstimate> estimate,
    List<TierProjection.Tier> tiers,
    List<CostLine> unitPrices,
    List<Problem> problems) {

  public CostReport {
    tiers = List.copyOf(tiers);
    unitPrices = List.copyOf(unitPrices);
    problems = List.copyOf(problems);
  }
}
