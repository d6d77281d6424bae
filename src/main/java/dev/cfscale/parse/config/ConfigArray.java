package dev.cfscale.parse.config;

import java.util.List;

/** An array; for TOML this also covers arrays of tables ({@code [[kv_namespaces]]}). */
public record ConfigArray(List<ConfigValue> items, Position position) implements ConfigValue {

  public ConfigArray {
    items = List.copyOf(items);
  }

  @Override
  public String typeName() {
    return "array";
  }
}
