package dev.cfscale.facts.config;

import dev.cfscale.findings.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A binding declared in a config: its kind, the name code uses ({@code env.NAME}), where it was
 * written and its other scalar fields ({@code queue}, {@code class_name}, {@code simple.limit}...).
 */
public record Binding(BindingType type, String name, Location location, Map<String, Setting> attributes) {

  public Binding {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** A string attribute such as {@code queue} or {@code class_name}. */
  public Optional<String> text(String key) {
    Setting s = attributes.get(key);
    return s == null ? Optional.empty() : s.asText();
  }

  public Optional<Setting> attribute(String key) {
    return Optional.ofNullable(attributes.get(key));
  }
}
