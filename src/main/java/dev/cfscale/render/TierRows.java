package dev.cfscale.render;

import dev.cfscale.models.cost.CostEstimate;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/** The rows every per-tier cost table ends with: the monthly cost of each product at each tier, then the total. */
final class TierRows {
  private TierRows() {}

  /** Adds one row per product and a "Total per month" row, one column per tier's estimate. */
  static void add(Table table, Collection<String> products, List<CostEstimate> tiers) {
    for (String product : products) {
      String[] row = new String[tiers.size() + 1];
      row[0] = product;
      for (int i = 0; i < tiers.size(); i++) {
        row[i + 1] = CostFormat.money(tiers.get(i).totalsByProduct().getOrDefault(product, BigDecimal.ZERO));
      }
      table.row(row);
    }
    String[] total = new String[tiers.size() + 1];
    total[0] = "Total per month";
    for (int i = 0; i < tiers.size(); i++) {
      total[i + 1] = CostFormat.money(tiers.get(i).total());
    }
    table.row(total);
  }
}
