package dev.cfscale.models.guide;

/** The roadmap's horizons, as the seed guide names them. */
public enum Phase {
  IMMEDIATE("Immediate (week 1)"),
  SHORT_TERM("Short-term (month 1)"),
  MEDIUM_TERM("Medium-term (months 2-3)"),
  LONG_TERM("Long-term (months 4-6)");

  private final String title;

  Phase(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
