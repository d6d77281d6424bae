package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import java.util.List;

/**
 * A product billed on Workers Paid whose Free plan has allowances instead (most products): cost lines on
 * Paid, outages on Free, and nothing when the usage file says nothing about it. The gate is written once
 * here; each product supplies only its arithmetic.
 */
abstract class PaidProduct implements ProductCostModel {
  /** Prices by facts key, rounding rules, allowance checks. */
  final FactsView f;
  private final String usageName;

  PaidProduct(FactsView facts, String usageName) {
    this.f = facts;
    this.usageName = usageName;
  }

  @Override
  public final List<CostLine> lines(Usage usage, Plan plan) {
    ProductUsage product = usage.product(usageName);
    return plan == Plan.FREE || !FactsView.any(product) ? List.of() : paidLines(product, usage);
  }

  @Override
  public List<Outage> outages(Usage usage, Plan plan) {
    ProductUsage product = usage.product(usageName);
    return plan != Plan.FREE || !FactsView.any(product) ? List.of() : freeOutages(product, usage);
  }

  /** The lines on Paid for this product's usage ({@code usage} for inputs from other products, such as requests). */
  abstract List<CostLine> paidLines(ProductUsage product, Usage usage);

  /** The Free-plan allowances this product's usage exceeds. */
  abstract List<Outage> freeOutages(ProductUsage product, Usage usage);
}
