package dev.cfscale.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.Seeds;
import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import dev.cfscale.facts.usage.UsageKey;
import dev.cfscale.facts.usage.UsageKeys;
import dev.cfscale.models.cost.CostEstimate;
import dev.cfscale.models.cost.CostLine;
import dev.cfscale.models.cost.CostModel;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.platform.PlatformFacts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Invariants of the cost model over seeded random usage of every product ({@link Seeds}). */
class CostModelPropertiesTest {
  private static final CostModel MODEL = new CostModel(PlatformFacts.load());

  private static final int TRIES = 200;
  private static final long MAX_VALUE = 10_000_000_000L;

  /**
   * Usage for try {@code n}: every scalable key of every product gets a value up to 10 billion; the first try is all
   * zeros and the second all maxima (the edges a property test must not leave to chance).
   */
  private static Usage usage(SplittableRandom random, int n) {
    List<UsageKey> keys = UsageKeys.all().stream().filter(k -> !k.name().equals("models")).toList();
    Map<String, Map<String, BigDecimal>> byProduct = new LinkedHashMap<>();
    for (UsageKey k : keys) {
      long value = n == 0 ? 0 : n == 1 ? MAX_VALUE : random.nextLong(MAX_VALUE + 1);
      BigDecimal v = BigDecimal.valueOf(value);
      if (k.name().equals("head_sampling_rate")) {
        v = v.divide(BigDecimal.valueOf(MAX_VALUE), MathContext.DECIMAL64);
      } else if (k.kind() == UsageKey.Kind.ATTRIBUTE) {
        v = BigDecimal.valueOf(value % 2000);
      }
      byProduct.computeIfAbsent(k.product(), p -> new LinkedHashMap<>()).put(k.name(), v);
    }
    Map<String, ProductUsage> products = new LinkedHashMap<>();
    byProduct.forEach((p, m) -> products.put(p, new ProductUsage(p, m, Map.of(), List.of())));
    return new Usage(Optional.empty(), products);
  }

  @Test
  void cost_neverDecreasesWhenUsageGrows() {
    SplittableRandom random = Seeds.random("cost_neverDecreasesWhenUsageGrows");
    for (int n = 0; n < TRIES; n++) {
      Usage usage = usage(random, n);
      BigDecimal factor = BigDecimal.valueOf(1.0 + random.nextDouble() * 49.0);
      for (Plan plan : Plan.values()) {
        BigDecimal base = MODEL.estimate(usage, plan).total();
        BigDecimal grown = MODEL.estimate(usage.scaled(factor), plan).total();
        assertThat(grown).as("try %d of %s: plan %s, x%s", n, Seeds.reproduce(), plan, factor).isGreaterThanOrEqualTo(base);
      }
    }
  }

  @Test
  void everyLine_isBillableTimesUnitPrice_andBillableRespectsIncluded() {
    SplittableRandom random = Seeds.random("everyLine_isBillableTimesUnitPrice");
    for (int n = 0; n < TRIES; n++) {
      for (CostLine line : MODEL.estimate(usage(random, n), Plan.PAID).lines()) {
        String which = String.format("try %d of %s: %s", n, Seeds.reproduce(), line.item());
        if (line.assumption().startsWith("not billed yet")) {
          assertThat(line.amount()).as(which).isZero();
          continue;
        }
        BigDecimal expected = line.billable().multiply(line.unitPrice()).divide(line.priceUnit(), MathContext.DECIMAL128);
        assertThat(line.amount().setScale(10, RoundingMode.HALF_UP)).as(which)
            .isEqualByComparingTo(expected.setScale(10, RoundingMode.HALF_UP));
        BigDecimal overIncluded = line.quantity().subtract(line.included()).max(BigDecimal.ZERO);
        // rounding up adds less than one price unit; pro rata adds nothing
        assertThat(line.billable()).as(which).isGreaterThanOrEqualTo(overIncluded);
        assertThat(line.billable().subtract(overIncluded)).as(which).isLessThan(line.priceUnit());
      }
    }
  }

  @Test
  void zeroUsage_costsTheMinimumOnPaid_andNothingOnFree() {
    assertThat(MODEL.estimate(Usage.none(), Plan.PAID).totalCents()).isEqualByComparingTo("5.00");
    assertThat(MODEL.estimate(Usage.none(), Plan.FREE).total()).isZero();
    Usage zeros = new Usage(Optional.empty(), Map.of("kv", new ProductUsage("kv", Map.of("reads_per_month", BigDecimal.ZERO), Map.of(), List.of())));
    assertThat(MODEL.estimate(zeros, Plan.PAID).totalCents()).isEqualByComparingTo("5.00");
  }

  @Test
  void freePlan_turnsExcessIntoOutages_notCost() {
    // 4,500,000 requests a month = 150,000 a day, above the Free 100,000 a day
    Usage busy = new Usage(Optional.empty(), Map.of("workers",
        new ProductUsage("workers", Map.of("requests_per_month", BigDecimal.valueOf(4_500_000)), Map.of(), List.of())));
    CostEstimate free = MODEL.estimate(busy, Plan.FREE);
    assertThat(free.total()).isZero();
    assertThat(free.outages()).singleElement().satisfies(o -> {
      assertThat(o.usage()).isEqualByComparingTo("150000");
      assertThat(o.limit()).isEqualByComparingTo("100000");
      assertThat(o.consequence()).contains("1027");
    });
  }

  @Test
  void bindingsBreakdown_sumsBindingsAndFallsBackToProductValues() {
    // CACHE 30M reads; SESSIONS falls back to the product-level 5M: 35M reads, 25M billable = $12.50
    ProductUsage kv = new ProductUsage("kv", Map.of("reads_per_month", BigDecimal.valueOf(5_000_000)),
        Map.of("CACHE", Map.of("reads_per_month", BigDecimal.valueOf(30_000_000)), "SESSIONS", Map.of()), List.of());
    CostEstimate e = MODEL.estimate(new Usage(Optional.empty(), Map.of("kv", kv)), Plan.PAID);
    CostLine reads = e.lines().stream().filter(l -> l.item().equals("Reads")).findFirst().orElseThrow();
    assertThat(reads.quantity()).isEqualByComparingTo("35000000");
    assertThat(reads.amountCents()).isEqualByComparingTo("12.50");
  }

  @Test
  void workersAiModels_useThePublishedNeuronRates() {
    // 1,000,000 calls x (1,000 in x 4,119 + 100 out x 34,868) / 1M = 7,605,800 neurons;
    // minus 300,000 included = 7,305,800 x $0.011 / 1,000 = $80.36
    var model = new dev.cfscale.facts.usage.ModelUsage("@cf/meta/llama-3.1-8b-instruct-fp8-fast",
        BigDecimal.valueOf(1_000_000), BigDecimal.valueOf(1000), BigDecimal.valueOf(100));
    Usage usage = new Usage(Optional.empty(), Map.of("workers_ai", new ProductUsage("workers_ai", Map.of(), Map.of(), List.of(model))));
    CostLine neurons = MODEL.estimate(usage, Plan.PAID).lines().stream().filter(l -> l.product().equals("Workers AI"))
        .findFirst().orElseThrow();
    assertThat(neurons.quantity()).isEqualByComparingTo("7605800");
    assertThat(neurons.amountCents()).isEqualByComparingTo("80.36");
  }

  @Test
  void tiers_scaleMonthlyQuantitiesButNotAttributes() {
    var projection = new dev.cfscale.models.cost.TierProjection(MODEL);
    Usage base = new Usage(Optional.empty(), Map.of("workers", new ProductUsage("workers",
        Map.of("requests_per_month", BigDecimal.valueOf(3_000_000), "cpu_ms_per_request", BigDecimal.valueOf(7)), Map.of(), List.of())));
    var tiers = projection.project(base, dev.cfscale.models.cost.TierProjection.parseTiers("1m"), Plan.PAID);
    // 1M/day = 30M/month: requests (30M - 10M) x $0.30 = $6.00; CPU (210M - 30M) x $0.02 = $3.60; + $5 = $14.60
    assertThat(tiers.get(0).estimate().totalCents()).isEqualByComparingTo("14.60");
  }
}
