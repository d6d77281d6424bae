package dev.cfscale.cli;

import dev.cfscale.facts.usage.ModelUsage;
import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import dev.cfscale.facts.usage.UsageKeys;
import dev.cfscale.models.cost.CostModel;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.cost.TierProjection;
import dev.cfscale.platform.PlatformFacts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Times a 6-tier cost projection of a usage that sets every key of every product. */
final class CostBench {
  private static final int WARMUP = 200;
  private static final int RUNS = 500;

  private CostBench() {}

  static String run() {
    Usage usage = everyProduct();
    TierProjection projection = new TierProjection(new CostModel(PlatformFacts.load()));
    List<Long> tiers = TierProjection.parseTiers("10k,100k,1m,10m,100m,1b");
    for (int i = 0; i < WARMUP; i++) {
      projection.project(usage, tiers, Plan.PAID);
    }
    long start = System.nanoTime();
    for (int i = 0; i < RUNS; i++) {
      projection.project(usage, tiers, Plan.PAID);
    }
    double millis = (System.nanoTime() - start) / 1e6 / RUNS;
    return String.format(Locale.ROOT, "cost: 6-tier projection, every product: %.3f ms per run (warm, %d runs)", millis, RUNS);
  }

  private static Usage everyProduct() {
    Map<String, ProductUsage> products = new LinkedHashMap<>();
    ModelUsage model = new ModelUsage("@cf/meta/llama-3.1-8b-instruct-fp8-fast", BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN);
    for (String product : UsageKeys.products()) {
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      UsageKeys.names(product).stream().filter(k -> !k.equals("models"))
          .forEach(k -> values.put(k, k.equals("head_sampling_rate") ? new BigDecimal("0.5") : BigDecimal.valueOf(123_456)));
      products.put(product, new ProductUsage(product, values, Map.of(), List.of(model)));
    }
    return new Usage(Optional.empty(), products);
  }
}
