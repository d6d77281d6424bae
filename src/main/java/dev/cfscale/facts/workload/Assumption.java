package dev.cfscale.facts.workload;

import java.math.BigDecimal;

/**
 * One number the plan rests on that the code does not show: its key in the workload file, its value, and
 * where it came from ({@code default} or {@code workload.yml:12:3}). Reports print it beside the figure it drives.
 */
public record Assumption(String key, BigDecimal value, String source) {

  /** True when the value came from the bundled defaults, not from the user's workload file. */
  public boolean isDefault() {
    return source.equals(Workload.DEFAULT_SOURCE);
  }

  /** The unit, read from the key name as the workload file writes it ({@code query_ms} is in ms). */
  public String unit() {
    String k = key.substring(key.lastIndexOf('.') + 1);
    if (k.endsWith("_per_ms")) {
      return "rows/ms";
    }
    if (k.endsWith("_ms") || k.startsWith("ms_")) {
      return "ms";
    }
    if (k.contains("_seconds")) {
      return "s";
    }
    if (k.endsWith("_kb")) {
      return "KB";
    }
    if (k.endsWith("_gb")) {
      return "GB";
    }
    if (k.endsWith("_ratio") || k.equals("share") || k.endsWith("_probability")) {
      return "fraction";
    }
    if (k.equals("zipf_exponent") || k.equals("peak_to_average")) {
      return "ratio";
    }
    return k.contains("rows") || k.contains("table") || key.startsWith("d1.tables.") ? "rows" : "count";
  }
}
