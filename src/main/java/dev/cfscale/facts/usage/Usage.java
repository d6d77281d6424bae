package dev.cfscale.facts.usage;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A usage file: the plan it names (if any) and each product's monthly usage. */
public record Usage(Optional<String> plan, Map<String, ProductUsage> products) {

  public Usage {
    products = Collections.unmodifiableMap(new LinkedHashMap<>(products));
  }

  public static Usage none() {
    return new Usage(Optional.empty(), Map.of());
  }

  public ProductUsage product(String name) {
    return products.getOrDefault(name, ProductUsage.empty(name));
  }

  /** Every traffic-driven quantity multiplied by {@code factor}; attributes unchanged. */
  public Usage scaled(BigDecimal factor) {
    Map<String, ProductUsage> out = new LinkedHashMap<>();
    products.forEach((k, v) -> out.put(k, v.scaled(factor)));
    return new Usage(plan, out);
  }
}
