package dev.cfscale.models.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.analysis.ProjectLoader;
import dev.cfscale.analysis.workload.WorkloadExtractor;
import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.workload.Assumption;
import dev.cfscale.facts.workload.Workload;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.profile.LoadMeter;
import dev.cfscale.models.tiers.TierCost;
import dev.cfscale.models.tiers.TierUsage;
import dev.cfscale.parse.config.WranglerSchema;
import dev.cfscale.platform.PlatformFacts;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties over every plan fixture and the example, with random workloads: cost and every
 * meter's use grow (never shrink) with traffic, and every breaking rate is independent of the tier.
 */
class PlanPropertiesTest {
  private static final long SEED = 42;
  private static final int WORKLOADS = 12;
  private static final PlatformFacts FACTS = PlatformFacts.load();

  @Test
  void costAndLoad_growMonotonicallyWithTraffic() throws Exception {
    Random random = new Random(SEED);
    for (Path dir : projects()) {
      ProjectFacts project = new ProjectLoader(WranglerSchema.load())
          .load(new ProjectLoader.Request(dir, Optional.empty(), Optional.empty(), List.of()));
      for (int i = 0; i < WORKLOADS; i++) {
        Workload workload = randomWorkload(random);
        List<Long> tiers = randomTiers(random);
        for (Plan plan : Plan.values()) {
          PlanResult result = new Planner(FACTS, workload, plan).plan(project, tiers);
          for (int t = 1; t < tiers.size(); t++) {
            TierCost lower = result.tiers().get(t - 1);
            TierCost higher = result.tiers().get(t);
            assertThat(higher.estimate().total()).as("%s %s seed %s", dir, plan, SEED).isGreaterThanOrEqualTo(lower.estimate().total());
            for (LoadMeter m : LoadMeter.values()) {
              assertThat(TierUsage.monthly(result.profile(), m, BigDecimal.valueOf(tiers.get(t))))
                  .isGreaterThanOrEqualTo(TierUsage.monthly(result.profile(), m, BigDecimal.valueOf(tiers.get(t - 1))));
            }
          }
          result.caching().forEach(c -> {
            for (int t = 1; t < c.tiers().size(); t++) {
              assertThat(c.tiers().get(t).hitRatio()).isGreaterThanOrEqualTo(c.tiers().get(t - 1).hitRatio());
              assertThat(c.tiers().get(t).d1RowsReadAfter()).isGreaterThanOrEqualTo(c.tiers().get(t - 1).d1RowsReadAfter());
            }
          });
        }
      }
    }
  }

  private static List<Path> projects() throws Exception {
    try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/models/plan"))) {
      List<Path> out = new ArrayList<>(dirs.filter(Files::isDirectory).sorted().toList());
      out.add(Path.of("examples/ai-platform"));
      return out;
    }
  }

  /** Ascending tiers from 1 to 10^9 requests a day. */
  private static List<Long> randomTiers(Random random) {
    List<Long> tiers = new ArrayList<>();
    long t = 1 + random.nextInt(1_000);
    for (int i = 0; i < 5; i++) {
      tiers.add(t);
      t = t * (1 + random.nextInt(30)) + random.nextInt(1_000);
    }
    return tiers;
  }

  private static Workload randomWorkload(Random random) {
    Map<String, Assumption> values = new LinkedHashMap<>(WorkloadExtractor.defaults().values());
    set(values, "traffic.peak_to_average", 1 + random.nextInt(10));
    set(values, "traffic.loop_iterations", 1 + random.nextInt(100));
    set(values, "traffic.cpu_ms_per_request", random.nextInt(50));
    set(values, "traffic.branch_probability", random.nextDouble());
    set(values, "kv.cache_hit_ratio", random.nextDouble());
    set(values, "d1.table_rows", random.nextInt(10_000_000));
    set(values, "cache.ttl_seconds", 1 + random.nextInt(3_600));
    set(values, "cache.zipf_exponent", random.nextDouble() * 1.5);
    set(values, "workers_ai.output_tokens_per_call", random.nextInt(2_000));
    return new Workload(values);
  }

  private static void set(Map<String, Assumption> values, String key, double value) {
    values.put(key, new Assumption(key, BigDecimal.valueOf(value), "random (seed " + SEED + ")"));
  }
}
