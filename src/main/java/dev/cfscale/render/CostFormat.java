package dev.cfscale.render;

import dev.cfscale.findings.Figures;
import dev.cfscale.models.cost.CostLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How cost figures are written in every format: grouped quantities, dollars to the cent, prices per unit. */
public final class CostFormat {
  private CostFormat() {}

  static String quantity(BigDecimal q) {
    return Figures.number(q.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
  }

  /** Dollars to the cent: $1,234.50. */
  public static String money(BigDecimal amount) {
    return "$" + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** The included amount with its unit, or a dash for fixed charges. */
  static String included(CostLine line) {
    return line.unit().equals("month") ? "-" : quantity(line.included()) + " " + line.unit();
  }

  /** "$0.30 per 1M requests". */
  static String price(CostLine line) {
    String per = line.priceUnit().compareTo(BigDecimal.ONE) == 0 ? line.unit() : shortCount(line.priceUnit()) + " " + line.unit();
    return "$" + new DecimalFormat("#,##0.00########", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(line.unitPrice())
        + " per " + per;
  }

  private static String shortCount(BigDecimal n) {
    long v = n.longValue();
    if (v % 1_000_000 == 0) {
      return (v / 1_000_000) + "M";
    }
    return v % 1_000 == 0 ? (v / 1_000) + "K" : Figures.count(v);
  }
}
