package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.Usage;
import java.util.List;

/** Turns a month of usage into the cost lines (Paid) or outages (Free) of one product. */
public interface ProductCostModel {

  /** Cost lines for {@code usage}; empty when the usage says nothing about this product. */
  List<CostLine> lines(Usage usage, Plan plan);

  /** Free-plan allowances the usage exceeds (never a cost). */
  List<Outage> outages(Usage usage, Plan plan);
}
