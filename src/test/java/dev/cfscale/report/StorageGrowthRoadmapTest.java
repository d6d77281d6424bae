package dev.cfscale.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The roadmap states how fast a storage-growth finding piles up at each tier of the plan. In the fixture five request
 * routes share the traffic evenly, so the login route that inserts one row per call runs 2,000 times a day at 10K
 * req/day: 60K rows in a 30-day month, ten times that at each next tier.
 */
class StorageGrowthRoadmapTest {
  private static final Path FIRES = Path.of("src/test/resources/rules/storage/unbounded-growth/fires");

  @Test
  void growthFinding_saysRowsAndKeysPerMonthAtEachTier() {
    String md = ReportRun.of(FIRES, "md");
    String login = md.lines().filter(l -> l.contains("`src/index.ts:27`") && l.contains("no TTL")).findFirst().orElseThrow();
    assertThat(login).contains("adds about 60K new rows a month at 10K req/day, 600K at 100K req/day, 6M at 1M req/day");
    String views = md.lines().filter(l -> l.contains("`src/index.ts:11`") && l.contains("no TTL")).findFirst().orElseThrow();
    assertThat(views).contains("adds about 60K new keys a month at 10K req/day");
  }

  @Test
  void findingWithoutGrowth_hasNoFigure() {
    String md = ReportRun.of(FIRES, "md");
    assertThat(md.lines().filter(l -> l.contains("new rows a month") || l.contains("new keys a month")))
        .allMatch(l -> l.contains("Per-request keys or rows written with no TTL"));
  }
}
