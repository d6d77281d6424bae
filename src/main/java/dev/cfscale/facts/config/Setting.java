package dev.cfscale.facts.config;

import dev.cfscale.findings.Location;
import java.util.Objects;
import java.util.Optional;

/**
 * One scalar config value a rule can point at: its key path, its value, where it was written, and the comment the
 * author wrote beside or just above it (empty when none), which often says why a value is what it is.
 */
public record Setting(String key, Object value, Location location, String comment) {

  public Setting {
    comment = Objects.requireNonNullElse(comment, "");
  }

  public Setting(String key, Object value, Location location) {
    this(key, value, location, "");
  }

  /** The value as a whole number, when it is one. */
  public Optional<Long> asLong() {
    if (value instanceof Long l) {
      return Optional.of(l);
    }
    if (value instanceof Double d && d == Math.rint(d)) {
      return Optional.of(d.longValue());
    }
    return Optional.empty();
  }

  public Optional<Boolean> asBoolean() {
    return value instanceof Boolean b ? Optional.of(b) : Optional.empty();
  }

  public Optional<String> asText() {
    return value instanceof String s ? Optional.of(s) : Optional.empty();
  }
}
