package dev.cfscale.models.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One item of a monthly bill, infracost style: how much was used, how much the plan includes, what
 * is billable after the product's rounding rule, the price per {@code priceUnit} units and the amount.
 * Money is exact; it is rounded to cents only for display ({@link #amountCents()}). {@code billingNote}
 * says how the product rounds billable usage (documented, or the docs are silent).
 */
public record CostLine(
    String product,
    String item,
    BigDecimal quantity,
    String unit,
    BigDecimal included,
    BigDecimal billable,
    BigDecimal unitPrice,
    BigDecimal priceUnit,
    BigDecimal amount,
    String assumption,
    String billingNote) {

  /** The amount rounded half-up to cents, as Cloudflare's examples print it. */
  public BigDecimal amountCents() {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * The amount with no included allowance, as some published examples quote it (Vectorize's usage
   * table "does not include the usage that is part of the Workers plans").
   */
  public BigDecimal amountWithoutAllowance() {
    return quantity.multiply(unitPrice).divide(priceUnit, java.math.MathContext.DECIMAL128);
  }

}
