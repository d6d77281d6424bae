package dev.cfscale.models.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The monthly bill for one usage: its lines, Free-plan outages, and totals. */
public record CostEstimate(Plan plan, List<CostLine> lines, List<Outage> outages) {

  public CostEstimate {
    lines = List.copyOf(lines);
    outages = List.copyOf(outages);
  }

  /** Exact total of every line. */
  public BigDecimal total() {
    return lines.stream().map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal totalCents() {
    return total().setScale(2, RoundingMode.HALF_UP);
  }

  /** Exact total per product, in the order products first appear. */
  public Map<String, BigDecimal> totalsByProduct() {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    lines.forEach(l -> out.merge(l.product(), l.amount(), BigDecimal::add));
    return out;
  }
}
