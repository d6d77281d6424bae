package dev.cfscale.render.guide;

import dev.cfscale.models.cost.Outage;
import dev.cfscale.models.tiers.RouteCost;
import dev.cfscale.models.tiers.TierCost;
import dev.cfscale.render.CostFormat;
import dev.cfscale.render.guide.GuideView.CostRow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Section 3 as rows and a chart: the bill per product per tier, where it goes at the top tier, and the Free plan's outages. */
final class CostViews {
  private static final int ROUTE_LINES = 8;
  private final List<TierCost> tiers;
  private final List<TierCost> freeTiers;
  private final Set<String> products = new LinkedHashSet<>();

  CostViews(List<TierCost> tiers, List<TierCost> freeTiers) {
    this.tiers = tiers;
    this.freeTiers = freeTiers;
    tiers.forEach(t -> products.addAll(t.estimate().totalsByProduct().keySet()));
  }

  List<CostRow> rows() {
    List<CostRow> out = new ArrayList<>();
    for (String p : products) {
      out.add(new CostRow(p, tiers.stream().map(t -> CostFormat.money(t.estimate().totalsByProduct().getOrDefault(p, BigDecimal.ZERO)))
          .toList(), false));
    }
    out.add(new CostRow("Total per month", tiers.stream().map(t -> CostFormat.money(t.estimate().total())).toList(), true));
    return out;
  }

  /** Each tier's bill split by product (100 % stacked), the total printed after the bar. */
  String svg() {
    List<String> series = List.copyOf(products);
    List<Svg.Stack> stacks = new ArrayList<>();
    for (TierCost t : tiers) {
      BigDecimal total = t.estimate().total();
      List<Svg.Segment> segments = new ArrayList<>();
      if (total.signum() > 0) {
        for (int i = 0; i < series.size(); i++) {
          BigDecimal amount = t.estimate().totalsByProduct().getOrDefault(series.get(i), BigDecimal.ZERO);
          if (amount.signum() > 0) {
            BigDecimal share = amount.divide(total, MathContext.DECIMAL64);
            segments.add(new Svg.Segment(share.doubleValue(), i, series.get(i) + " at " + CapacityViews.tier(t.requestsPerDay())
                + " req/day: " + CostFormat.money(amount) + "/month (" + percent(share) + ")"));
          }
        }
      }
      stacks.add(new Svg.Stack(CapacityViews.tier(t.requestsPerDay()) + " req/day", segments, CostFormat.money(total)));
    }
    return stacks.isEmpty() ? "" : Svg.stacked("cost", "Monthly bill at each traffic tier, split by product (each bar is 100 % of "
        + "that tier's total, printed after it)", stacks, series);
  }

  /** "POST /api/chat: 82 % of the Workers AI bill ($35,832.00/month)" at the top tier, largest first. */
  List<String> routeShares() {
    if (tiers.isEmpty()) {
      return List.of();
    }
    TierCost last = tiers.get(tiers.size() - 1);
    return last.routeCosts().stream().filter(c -> c.monthlyUsd().compareTo(BigDecimal.ONE.movePointLeft(2)) >= 0)
        .sorted(Comparator.comparing(RouteCost::monthlyUsd).reversed()).limit(ROUTE_LINES)
        .map(c -> c.route() + ": " + percent(c.shareOfProduct()) + " of the " + c.product() + " bill (" + CostFormat.money(c.monthlyUsd())
            + "/month)").toList();
  }

  /** What fails on the Free plan at each tier (the first outage of each product, tier by tier). */
  List<String> outages() {
    List<String> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (TierCost t : freeTiers) {
      for (Outage o : t.estimate().outages()) {
        if (seen.add(o.product() + "/" + o.item())) {
          out.add("from " + CapacityViews.tier(t.requestsPerDay()) + " req/day: " + o.product() + " " + o.item() + " over the Free allowance: "
              + o.consequence());
        }
      }
    }
    return out;
  }

  static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
  }
}
