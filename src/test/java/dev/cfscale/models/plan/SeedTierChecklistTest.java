package dev.cfscale.models.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.models.capacity.CapacityLimit;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.tiers.TierCost;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seeds' scaling checklist ("At 10K / 100K / 1M / 10M req/day", shared/seeds) mapped to what the model
 * says for examples/ai-platform with the default workload (the README shows the same table): which limits
 * are exceeded at each tier's peak.
 */
class SeedTierChecklistTest {

  @Test
  void example_breaksAtTheTiersTheChecklistWarnsAbout() throws Exception {
    PlanResult plan = PlanFixturesTest.plan(Path.of("examples/ai-platform"), Plan.PAID, List.of(10_000L, 100_000L, 1_000_000L, 10_000_000L));
    // 10K and 100K: nothing exceeded ("monitor D1 query performance", "review cache hit rates")
    assertThat(exceeded(plan, 0)).isEmpty();
    assertThat(exceeded(plan, 1)).isEmpty();
    // 1M: text generation (300 requests/min over 0.4 calls per request) and the queue consumer (2 x 1000 / 500 ms = 4 msg/s)
    assertThat(exceeded(plan, 2)).containsExactly("Workers AI requests per minute / Workers AI task textGeneration",
        "Queue consumer drain rate / consumer of queue agency-ai-jobs (ai-platform-jobs)");
    // 10M: also the D1 database (the unindexed ORDER BY scan of GET /api/projects) and the embeddings rate
    assertThat(exceeded(plan, 3)).contains("D1 query time per database / D1 database ai-platform",
        "Workers AI requests per minute / Workers AI task textEmbeddings");
    // the single Durable Object of POST /api/chat holds even at 10M (1,000 requests/s per object, 0.2 calls per request)
    assertThat(exceeded(plan, 3)).noneMatch(l -> l.startsWith("Durable Object"));
  }

  private static List<String> exceeded(PlanResult plan, int tier) {
    TierCost t = plan.tiers().get(tier);
    return plan.capacity().limits().stream()
        .filter(l -> l.headroomAt(t.peakRequestsPerSecond()).map(h -> h.compareTo(BigDecimal.ONE) < 0).orElse(false))
        .map((CapacityLimit l) -> l.name() + " / " + l.resource()).toList();
  }
}
