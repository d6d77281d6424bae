package dev.cfscale.models.cost;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Converts monthly usage to daily for Free-plan allowances. Cloudflare's pricing examples use a
 * 30-day month (Queues: "one million messages a day (in a 30 day month)"; R2 GB-month over 30 days),
 * and cfscale assumes usage is spread evenly over it.
 */
public final class Month {
  public static final BigDecimal DAYS = BigDecimal.valueOf(30);

  private Month() {}

  public static BigDecimal perDay(BigDecimal monthly) {
    return monthly.divide(DAYS, MathContext.DECIMAL128);
  }

  public static BigDecimal monthlyFromDaily(BigDecimal daily) {
    return daily.multiply(DAYS);
  }
}
