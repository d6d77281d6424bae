package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.platform.PlatformFacts;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The pieces every product model needs: prices by facts key, its product's rounding rule, and the
 * Free-plan daily check that turns excess usage into an {@link Outage}.
 */
final class FactsView {
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private final PlatformFacts facts;

  FactsView(PlatformFacts facts) {
    this.facts = facts;
  }

  BigDecimal n(String key) {
    return facts.number(key);
  }

  static BigDecimal million() {
    return MILLION;
  }

  /** A meter for {@code product} using the rounding rule the facts file records for {@code factsProduct}. */
  Meter meter(String product, String factsProduct) {
    String rule = facts.billingRoundingRule(factsProduct);
    if (rule.startsWith("ceil")) {
      return new Meter(product, BillingRounding.CEIL_TO_UNIT, "billed in whole units, rounded up (documented)");
    }
    if (rule.startsWith("proportional")) {
      return new Meter(product, BillingRounding.PRO_RATA, "");
    }
    return new Meter(product, BillingRounding.PRO_RATA, "rounding: docs silent, billed pro rata");
  }

  /** An outage when the daily average of {@code monthly} exceeds the daily allowance at {@code dailyKey}. */
  Optional<Outage> daily(String product, String item, BigDecimal monthly, String dailyKey, String consequence) {
    BigDecimal perDay = Month.perDay(monthly);
    BigDecimal limit = n(dailyKey);
    return perDay.compareTo(limit) > 0 ? Optional.of(new Outage(product, item, perDay, limit, "day", consequence)) : Optional.empty();
  }

  /** An outage when a total exceeds a fixed Free-plan allowance (storage). */
  Optional<Outage> total(String product, String item, BigDecimal amount, String limitKey, String per, String consequence) {
    BigDecimal limit = n(limitKey);
    return amount.compareTo(limit) > 0 ? Optional.of(new Outage(product, item, amount, limit, per, consequence)) : Optional.empty();
  }

  static boolean any(ProductUsage usage) {
    return !usage.values().isEmpty() || !usage.bindings().isEmpty() || !usage.models().isEmpty();
  }
}
