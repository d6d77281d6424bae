package dev.cfscale.parse.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A table (TOML) or object (JSON); keys keep their file order. */
public record ConfigObject(Map<String, ConfigValue> entries, Position position) implements ConfigValue {

  public ConfigObject {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  public Optional<ConfigValue> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public Optional<ConfigObject> object(String key) {
    return get(key).filter(ConfigObject.class::isInstance).map(ConfigObject.class::cast);
  }

  public Optional<ConfigArray> array(String key) {
    return get(key).filter(ConfigArray.class::isInstance).map(ConfigArray.class::cast);
  }

  /** A string value, or empty when absent or not a string. */
  public Optional<String> string(String key) {
    return get(key)
        .filter(ConfigScalar.class::isInstance)
        .map(v -> ((ConfigScalar) v).value())
        .filter(String.class::isInstance)
        .map(String.class::cast);
  }

  @Override
  public String typeName() {
    return "object";
  }
}
