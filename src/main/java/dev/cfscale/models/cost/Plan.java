package dev.cfscale.models.cost;

import java.util.Locale;

/** The Workers plan the account is on: Free allowances are daily and hard, Paid ones monthly and billed beyond. */
public enum Plan {
  FREE,
  PAID;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Plan parse(String text) {
    for (Plan p : values()) {
      if (p.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown plan \"" + text + "\" (expected free or paid)");
  }
}
