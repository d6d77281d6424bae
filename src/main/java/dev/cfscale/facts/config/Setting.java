package dev.cfscale.facts.config;

import dev.cfscale.findings.Location;
import java.util.Optional;

/** One scalar config value a rule can point at: its key path, its value and where it was written. */
public record Setting(String key, Object value, Location location) {

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
