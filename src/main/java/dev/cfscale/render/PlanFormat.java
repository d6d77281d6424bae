package dev.cfscale.render;

import dev.cfscale.findings.Figures;
import dev.cfscale.models.capacity.CapacityLimit;
import dev.cfscale.models.capacity.LimitKind;
import dev.cfscale.models.capacity.Numbers;
import dev.cfscale.models.profile.LoadMeter;
import dev.cfscale.models.profile.ProfileLine;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How plan figures are written in text and Markdown: counts per request, rates, headroom, shares. */
final class PlanFormat {
  private PlanFormat() {}

  /** A count per invocation: up to three decimals, grouped (0.2, 1, 100,000). */
  static String count(BigDecimal v) {
    return Figures.number(v.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros());
  }

  static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
  }

  static String tier(long perDay) {
    return Numbers.count(BigDecimal.valueOf(perDay));
  }

  /** The resource with its key when the key is a literal or a per-period key. */
  static String resource(ProfileLine l) {
    boolean keyed = l.meter().id().startsWith("kv_") || l.meter().id().startsWith("r2_") || l.meter() == LoadMeter.DO_REQUESTS;
    return !keyed || l.keyText().isBlank() ? shorten(l.resource(), 48) : l.resource() + " " + shorten(l.keyText(), 40);
  }

  static String shorten(String s, int max) {
    String one = s.replaceAll("\\s+", " ").trim();
    return one.length() > max ? one.substring(0, max - 3) + "..." : one;
  }

  static String breaksAt(CapacityLimit l) {
    if (l.isPerInvocation()) {
      return l.passes() ? "passes" : l.kind() == LimitKind.FAN_OUT ? "waits" : "FAILS";
    }
    return l.breaksAtPeakRps().map(r -> Numbers.rate(r) + " req/s").orElse("-");
  }

  static String perDay(CapacityLimit l) {
    return l.breaksAtRequestsPerDay().map(d -> Numbers.count(d) + "/day").orElse("-");
  }

  /** "x12", "x0.5 BROKEN" ("x0.5 WAITS" for a fan-out limit), or "-" when the tier does not reach the limit at all. */
  static String headroom(CapacityLimit l, BigDecimal peakRps) {
    String below = l.kind() == LimitKind.FAN_OUT ? " WAITS" : " BROKEN";
    return l.headroomAt(peakRps).map(v -> "x" + Numbers.rate(v) + (v.compareTo(BigDecimal.ONE) < 0 ? below : "")).orElse("-");
  }
}
