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

  public static String usd(BigDecimal n) {
    return "$" + number(n);
  }
}
