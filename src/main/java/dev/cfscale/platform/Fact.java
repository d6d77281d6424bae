package dev.cfscale.platform;

/** One price, allowance, limit or rule of the platform, with where and when it was read. */
public record Fact(String key, Object value, String unit, String source, String lastUpdated) {

  /** True when the docs are silent and the data file says so instead of guessing. */
  public boolean isUnknown() {
    return value == null || "unknown".equals(value);
  }
}
