package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.Usage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Scales a usage linearly to traffic tiers given in requests per day: every monthly count and stored
 * amount is multiplied by tier requests per month / the usage's Workers requests per month;
 * per-request attributes stay as they are.
 */
public final class TierProjection {
  private final CostModel model;

  public TierProjection(CostModel model) {
    this.model = model;
  }

  /** One tier's estimate. */
  public record Tier(long requestsPerDay, BigDecimal scale, CostEstimate estimate) {}

  /** Throws IllegalArgumentException when the usage has no Workers requests to scale from. */
  public List<Tier> project(Usage base, List<Long> requestsPerDay, Plan plan) {
    BigDecimal baseRequests = base.product("workers").total("requests_per_month");
    if (baseRequests.signum() == 0) {
      throw new IllegalArgumentException("tiers scale from workers.requests_per_month, which the usage file does not give");
    }
    List<Tier> tiers = new ArrayList<>();
    for (long perDay : requestsPerDay) {
      BigDecimal factor = Month.monthlyFromDaily(BigDecimal.valueOf(perDay)).divide(baseRequests, MathContext.DECIMAL128);
      tiers.add(new Tier(perDay, factor, model.estimate(base.scaled(factor), plan)));
    }
    return tiers;
  }

  /** Parses {@code 10k,100k,1m,10m,100m} (k = thousand, m = million, b = billion). */
  public static List<Long> parseTiers(String text) {
    List<Long> out = new ArrayList<>();
    for (String part : text.split(",")) {
      String t = part.trim().toLowerCase(java.util.Locale.ROOT);
      long multiplier = t.endsWith("k") ? 1_000L : t.endsWith("m") ? 1_000_000L : t.endsWith("b") ? 1_000_000_000L : 1L;
      String digits = multiplier == 1 ? t : t.substring(0, t.length() - 1);
      try {
        BigDecimal value = new BigDecimal(digits).multiply(BigDecimal.valueOf(multiplier));
        if (value.signum() <= 0) {
          throw new NumberFormatException();
        }
        out.add(value.longValueExact());
      } catch (NumberFormatException | ArithmeticException e) {
        throw new IllegalArgumentException("bad tier \"" + part.trim() + "\" (expected e.g. 10k,100k,1m: requests per day)");
      }
    }
    return out;
  }
}
