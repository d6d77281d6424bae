package dev.cfscale.findings;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats numbers the way findings print them: 5,000 and $0.02, independent of the user's locale. */
public final class Figures {
  private Figures() {}

  public static String count(long n) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
  }

  public static String number(BigDecimal n) {
    return new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
  }

  /** Whole dollars as $100, anything with cents with at least two decimals: $4.50, $0.02, $0.001. */
  public static String usd(BigDecimal n) {
    return "$" + usdAmount(n);
  }

  /** {@link #usd} without the dollar sign (for prose that writes it). */
  public static String usdAmount(BigDecimal n) {
    if (n.stripTrailingZeros().scale() <= 0) {
      return number(n);
    }
    return new DecimalFormat("#,##0.00########", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
  }
}
