package dev.cfscale.render.guide;

import dev.cfscale.models.capacity.CapacityLimit;
import dev.cfscale.models.capacity.LimitKind;
import dev.cfscale.models.capacity.Numbers;
import dev.cfscale.models.tiers.TierCost;
import dev.cfscale.render.guide.GuideView.Cell;
import dev.cfscale.render.guide.GuideView.LimitRow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Section 2 as rows and charts: each limit's value, use per request, breaking rate and headroom at each tier; a
 * log-scale chart of breaking rates against the tiers' peak rates; and the per-request limits as a share used.
 */
final class CapacityViews {
  private static final BigDecimal TEN = BigDecimal.TEN;
  private final List<CapacityLimit> limits;
  private final List<TierCost> tiers;

  CapacityViews(List<CapacityLimit> limits, List<TierCost> tiers) {
    this.limits = limits;
    this.tiers = tiers;
  }

  List<String> tierLabels() {
    return tiers.stream().map(t -> "@" + tier(t.requestsPerDay())).toList();
  }

  static String tier(long perDay) {
    return Numbers.count(BigDecimal.valueOf(perDay));
  }

  List<LimitRow> rows() {
    List<LimitRow> out = new ArrayList<>();
    for (CapacityLimit l : limits) {
      List<Cell> cells = tiers.stream().map(t -> headroom(l, t.peakRequestsPerSecond())).toList();
      out.add(new LimitRow(l.name(), l.resource(), Numbers.plain(l.limit()) + " " + l.limitUnit(), Numbers.plain(l.usePerRequest()),
          breaksAt(l), l.breaksAtRequestsPerDay().map(d -> Numbers.count(d) + "/day").orElse("-"), cells));
    }
    return out;
  }

  private static Cell breaksAt(CapacityLimit l) {
    if (l.isPerInvocation()) {
      String text = l.passes() ? "passes" : l.kind() == LimitKind.FAN_OUT ? "waits" : "FAILS";
      return new Cell(text, l.passes() ? "ok" : l.kind() == LimitKind.FAN_OUT ? "warn" : "bad", l.passes() ? "1e12" : "0");
    }
    return l.breaksAtPeakRps().map(r -> new Cell(Numbers.rate(r) + " req/s", "", r.toPlainString())).orElse(new Cell("-", "", "1e12"));
  }

  /** "x36" (ok), "x3.6" (warn below x10), "x0.36 BROKEN" (bad), or "-" when the tier does not reach the limit. */
  static Cell headroom(CapacityLimit l, BigDecimal peakRps) {
    Optional<BigDecimal> h = l.headroomAt(peakRps);
    if (h.isEmpty()) {
      return new Cell("-", "", "1e12");
    }
    BigDecimal v = h.get();
    boolean broken = v.compareTo(BigDecimal.ONE) < 0;
    String text = "x" + Numbers.rate(v) + (broken ? (l.kind() == LimitKind.FAN_OUT ? " WAITS" : " BROKEN") : "");
    String css = broken ? (l.kind() == LimitKind.FAN_OUT ? "warn" : "bad") : v.compareTo(TEN) < 0 ? "warn" : "ok";
    return new Cell(text, css, v.toPlainString());
  }

  /** Breaking request rate of every rate and daily limit on a log scale, with each tier's peak rate as a line. */
  String headroomSvg() {
    List<CapacityLimit> rated = limits.stream().filter(l -> !l.isPerInvocation() && l.breaksAtPeakRps().isPresent()).toList();
    if (rated.isEmpty() || tiers.isEmpty()) {
      return "";
    }
    BigDecimal top = tiers.get(tiers.size() - 1).peakRequestsPerSecond();
    double min = Double.MAX_VALUE;
    double max = 0;
    List<Svg.Bar> bars = new ArrayList<>();
    for (CapacityLimit l : rated) {
      BigDecimal at = l.breaksAtPeakRps().get();
      min = Math.min(min, at.doubleValue());
      max = Math.max(max, at.doubleValue());
      String css = at.compareTo(top) < 0 ? "bad" : at.compareTo(top.multiply(TEN)) < 0 ? "warn" : "ok";
      String tooltip = l.name() + " - " + l.resource() + ": breaks at " + Numbers.rate(at) + " req/s"
          + l.breaksAtRequestsPerDay().map(d -> " (" + Numbers.count(d) + " req/day)").orElse("") + "; limit "
          + Numbers.plain(l.limit()) + " " + l.limitUnit() + "; " + l.drivenBy();
      bars.add(new Svg.Bar(l.resource(), at.doubleValue(), css, tooltip, Numbers.rate(at) + " req/s"));
    }
    List<Svg.Marker> markers = new ArrayList<>();
    for (TierCost t : tiers) {
      double peak = t.peakRequestsPerSecond().doubleValue();
      min = Math.min(min, peak);
      max = Math.max(max, peak);
      markers.add(new Svg.Marker(peak, tier(t.requestsPerDay()) + "/day"));
    }
    double lo = Math.pow(10, Math.floor(Math.log10(min / 2)));
    double hi = Math.pow(10, Math.ceil(Math.log10(max * 2)));
    return Svg.logBars("headroom", "Peak request rate at which each limit breaks (bars), against the peak rate of each traffic tier "
        + "(lines); a bar that ends left of a line is exceeded at that tier", bars, markers, lo, hi, "req/s");
  }

  /** Per-request limits as the share the heaviest entry uses, with the 100 % line. */
  String perRequestSvg() {
    List<CapacityLimit> per = limits.stream().filter(l -> l.isPerInvocation() && l.usePerRequest().signum() > 0).toList();
    if (per.isEmpty()) {
      return "";
    }
    List<Svg.Bar> bars = new ArrayList<>();
    double max = 1;
    for (CapacityLimit l : per) {
      double share = l.usePerRequest().divide(l.limit(), MathContext.DECIMAL64).doubleValue();
      max = Math.max(max, share);
      String css = share > 1 ? (l.kind() == LimitKind.FAN_OUT ? "warn" : "bad") : share > 0.5 ? "warn" : "ok";
      String pct = Numbers.rate(BigDecimal.valueOf(share).movePointRight(2)) + " %";
      bars.add(new Svg.Bar(l.name() + ": " + l.resource(), share, css, l.name() + " - " + l.resource() + ": uses "
          + Numbers.plain(l.usePerRequest()) + " of " + Numbers.plain(l.limit()) + " " + l.limitUnit() + " (" + pct + ")", pct));
    }
    return Svg.linearBars("per-request", "Share of each per-request limit the heaviest entry uses (the line is 100 %)", bars,
        List.of(new Svg.Marker(1, "100 %")), Math.max(max * 1.1, 1.1));
  }
}
