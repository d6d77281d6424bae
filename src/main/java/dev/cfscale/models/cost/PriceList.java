package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import dev.cfscale.facts.usage.UsageKey;
import dev.cfscale.facts.usage.UsageKeys;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Without a usage file cfscale does not invent traffic: for each product the project binds it lists
 * the billed items with their unit prices and included amounts ("depends on usage", as infracost does).
 * It runs the real models on zero usage, so the prices shown are the ones estimates use.
 */
public final class PriceList {
  private final CostModel model;

  public PriceList(CostModel model) {
    this.model = model;
  }

  /** Zero-quantity lines (unit price and included amount) for {@code products} (usage-file product names). */
  public List<CostLine> forProducts(Set<String> products, Plan plan) {
    Map<String, ProductUsage> zero = new LinkedHashMap<>();
    for (String product : products) {
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      UsageKeys.all().stream().filter(k -> k.product().equals(product) && k.kind() != UsageKey.Kind.ATTRIBUTE)
          .forEach(k -> values.put(k.name(), BigDecimal.ZERO));
      zero.put(product, new ProductUsage(product, values, Map.of(), List.of()));
    }
    return model.estimate(new Usage(java.util.Optional.empty(), zero), plan).lines();
  }
}
