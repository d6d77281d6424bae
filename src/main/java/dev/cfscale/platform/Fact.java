package dev.cfscale.platform;

/** One price, allowance, limit or rule of the platform, with where and when it was read. */
public record Fact(String key, Object value, String unit, String source, String lastUpdated, String unusedReason) {

  /** True when the data file says no rule or model reads this fact yet (kept as reference). */
  public boolean markedUnused() {
    return unusedReason != null && !unusedReason.isBlank();
  }

  /** True when the docs are silent and the data file says so instead of guessing. */
  public boolean isUnknown() {
    return value == null || "unknown".equals(value);
  }
}
