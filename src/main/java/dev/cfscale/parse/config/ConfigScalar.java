package dev.cfscale.parse.config;

/**
 * A string, number ({@code Long} or {@code Double}), boolean or TOML date (kept as its text, with
 * {@code date} set, because wrangler rejects dates in most places).
 */
public record ConfigScalar(Object value, Position position, boolean date) implements ConfigValue {

  public static ConfigScalar of(Object value, Position position) {
    return new ConfigScalar(value, position, false);
  }

  @Override
  public String typeName() {
    if (date) {
      return "date";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    return value == null ? "null" : "number";
  }
}
