package dev.cfscale.facts.usage;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The usage of one product. Product-level values are the product's totals, unless the file breaks
 * them down under {@code bindings:}: then each binding takes its own monthly or stored values and
 * falls back to the product-level ones, and the total is the sum over those bindings.
 */
public record ProductUsage(String product, Map<String, BigDecimal> values, Map<String, Map<String, BigDecimal>> bindings,
    List<ModelUsage> models) {

  public ProductUsage {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
    models = List.copyOf(models);
  }

  public static ProductUsage empty(String product) {
    return new ProductUsage(product, Map.of(), Map.of(), List.of());
  }

  /** The product total for {@code key}, zero when not given. */
  public BigDecimal total(String key) {
    BigDecimal productValue = values.getOrDefault(key, BigDecimal.ZERO);
    boolean scalable = UsageKeys.find(product, key).map(UsageKey::scales).orElse(false);
    if (bindings.isEmpty() || !scalable) {
      return productValue;
    }
    return bindings.values().stream().map(b -> b.getOrDefault(key, productValue)).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** An attribute (per request or per item), or {@code fallback} when the file does not give it. */
  public BigDecimal attribute(String key, BigDecimal fallback) {
    return values.getOrDefault(key, fallback);
  }

  public boolean has(String key) {
    return values.containsKey(key) || bindings.values().stream().anyMatch(b -> b.containsKey(key));
  }

  /** This usage with every traffic-driven quantity multiplied by {@code factor}. */
  public ProductUsage scaled(BigDecimal factor) {
    Map<String, BigDecimal> scaledValues = new LinkedHashMap<>();
    values.forEach((k, v) -> scaledValues.put(k, scales(k) ? v.multiply(factor) : v));
    Map<String, Map<String, BigDecimal>> scaledBindings = new LinkedHashMap<>();
    bindings.forEach((name, b) -> {
      Map<String, BigDecimal> copy = new LinkedHashMap<>();
      b.forEach((k, v) -> copy.put(k, scales(k) ? v.multiply(factor) : v));
      scaledBindings.put(name, copy);
    });
    return new ProductUsage(product, scaledValues, scaledBindings, models.stream().map(m -> m.scaled(factor)).toList());
  }

  private boolean scales(String key) {
    return UsageKeys.find(product, key).map(UsageKey::scales).orElse(false);
  }
}
