package dev.cfscale.models.capacity;

import dev.cfscale.findings.Figures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How the capacity line writes numbers a person remembers: two significant figures, 1.2M and 350K. */
public final class Numbers {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private Numbers() {}

  /** A rate with two significant figures: 14, 1.2, 0.35; grouped above 100 (1,200). */
  public static String rate(BigDecimal r) {
    BigDecimal rounded = r.round(new MathContext(2, RoundingMode.HALF_UP));
    return Figures.number(rounded.stripTrailingZeros());
  }

  /** A count with two significant figures and a K/M/B suffix: 1.2M, 350K, 40. */
  public static String count(BigDecimal n) {
    BigDecimal billion = MILLION.multiply(THOUSAND);
    if (n.compareTo(billion) >= 0) {
      return rate(n.divide(billion, MathContext.DECIMAL64)) + "B";
    }
    if (n.compareTo(MILLION) >= 0) {
      return rate(n.divide(MILLION, MathContext.DECIMAL64)) + "M";
    }
    return n.compareTo(THOUSAND) >= 0 ? rate(n.divide(THOUSAND, MathContext.DECIMAL64)) + "K" : rate(n);
  }

  /** A value as written, without trailing zeros, to at most four decimals. */
  public static String plain(BigDecimal v) {
    return Figures.number(v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros());
  }
}
