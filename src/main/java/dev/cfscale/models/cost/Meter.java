package dev.cfscale.models.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one billing computation every product shares: billable = max(0, quantity - included), rounded
 * up to whole price units when the product's rule says so, times the price per unit.
 */
public record Meter(String product, BillingRounding rounding, String roundingNote) {
  private static final MathContext EXACT = MathContext.DECIMAL128;

  /** A line for {@code quantity} units of {@code item} priced at {@code unitPrice} per {@code priceUnit}. */
  public CostLine line(String item, String unit, BigDecimal quantity, BigDecimal included, BigDecimal unitPrice,
      BigDecimal priceUnit, String assumption) {
    BigDecimal billable = quantity.subtract(included).max(BigDecimal.ZERO);
    if (rounding == BillingRounding.CEIL_TO_UNIT && billable.signum() > 0) {
      billable = billable.divide(priceUnit, 0, RoundingMode.CEILING).multiply(priceUnit);
    }
    BigDecimal amount = billable.multiply(unitPrice, EXACT).divide(priceUnit, EXACT);
    return new CostLine(product, item, quantity, unit, included, billable, unitPrice, priceUnit, amount,
        assumption == null ? "" : assumption, roundingNote);
  }

  /** A fixed monthly charge, such as the Workers Paid minimum. */
  public CostLine fixed(String item, BigDecimal amount, String assumption) {
    return new CostLine(product, item, BigDecimal.ONE, "month", BigDecimal.ZERO, BigDecimal.ONE, amount,
        BigDecimal.ONE, amount, assumption, "");
  }
}
