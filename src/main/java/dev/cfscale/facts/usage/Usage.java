package dev.cfscale.facts.usage;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A usage file: the plan it names (if any) and each product's monthly usage. */
public record Usage(Optional<String> plan, Map<String, ProductUsage> products, Map<String, Long> d1TableRows) {

  public Usage {
    products = Collections.unmodifiableMap(new LinkedHashMap<>(products));
    d1TableRows = Map.copyOf(d1TableRows);
  }

  public Usage(Optional<String> plan, Map<String, ProductUsage> products) {
    this(plan, products, Map.of());
  }

  public static Usage none() {
    return new Usage(Optional.empty(), Map.of());
  }

  /** Rows in a D1 table as the usage file gives them (case-insensitive table name). */
  public Optional<Long> tableRows(String table) {
    return d1TableRows.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(table)).map(Map.Entry::getValue).findFirst();
  }

  public ProductUsage product(String name) {
    return products.getOrDefault(name, ProductUsage.empty(name));
  }

  /** Every traffic-driven quantity multiplied by {@code factor}; attributes unchanged. */
  public Usage scaled(BigDecimal factor) {
    Map<String, ProductUsage> out = new LinkedHashMap<>();
    products.forEach((k, v) -> out.put(k, v.scaled(factor)));
    Map<String, Long> rows = new LinkedHashMap<>();
    d1TableRows.forEach((t, n) -> rows.put(t, factor.multiply(BigDecimal.valueOf(n)).longValue()));
    return new Usage(plan, out, rows);
  }
}
