package dev.cfscale.findings;

import java.util.Locale;

/**
 * How bad a finding is, from the worst down; {@code --fail-on} compares against this order. {@link #NOTE}
 * is hygiene (an old compatibility date, an inert key): reported apart from the findings, as one summary
 * line, and never failing a run.
 */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW,
  INFO,
  NOTE;

  /** True for hygiene notes, which are listed apart from findings and never fail a run. */
  public boolean isNote() {
    return this == NOTE;
  }

  /** True when this severity is as bad as {@code threshold} or worse. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** The SARIF 2.1.0 result level that carries this severity. */
  public String sarifLevel() {
    switch (this) {
      case CRITICAL:
      case HIGH:
        return "error";
      case MEDIUM:
        return "warning";
      default:
        return "note";
    }
  }

  /** Lower-case name as users type it on the command line and in config files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a user-typed severity; throws IllegalArgumentException naming the valid values. */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity \"" + text + "\" (expected critical, high, medium, low, info or note)");
  }
}
