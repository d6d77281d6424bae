package dev.cfscale.models.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.CliRun;
import dev.cfscale.cli.ExitCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cfscale plan} end to end: the example's report, JSON fields, --write-usage, workload files and their errors. */
class PlanCommandTest {

  @Test
  void example_printsProfileCostPerTierAndCapacity() throws IOException {
    CliRun run = CliRun.of("plan", "examples/ai-platform");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Load profile").contains("GET /api/projects").contains("queue handler")
        .contains("Assumptions").contains("default (equal share of 5 entries)")
        .contains("Monthly cost per traffic tier").contains("Total per month")
        .contains("Capacity: breaks first at about").contains("Workers AI task textGeneration")
        .contains("Caching what-if").contains("Cloudflare facts");
    // the README shows this run: its capacity line and tier table stay current
    String readme = Files.readString(Path.of("README.md"));
    run.out().lines().filter(l -> l.startsWith("Capacity:") || l.startsWith("Total per month")).forEach(l -> assertThat(readme).contains(l));
  }

  @Test
  void profileOnly_printsTheProfileAndItsAssumptions() {
    CliRun run = CliRun.of("plan", "examples/ai-platform", "--profile");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Load profile").contains("Assumptions").doesNotContain("Monthly cost").doesNotContain("Capacity:");
  }

  @Test
  void json_hasTheDocumentedFields() throws IOException {
    CliRun run = CliRun.of("plan", "examples/ai-platform", "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(root.path("assumptions").get(0).fieldNames()).toIterable().contains("key", "value", "unit", "source");
    JsonNode line = root.path("profile").get(0).path("lines").get(0);
    assertThat(line.fieldNames()).toIterable().contains("meter", "unit", "expectedPerInvocation", "worstPerInvocation", "resource", "key");
    assertThat(root.path("tiers")).hasSize(4);
    assertThat(root.path("tiers").get(0).fieldNames()).toIterable().contains("requestsPerDay", "peakRequestsPerSecond", "totalUsd",
        "routeCosts");
    JsonNode limit = root.path("capacity").path("limits").get(0);
    assertThat(limit.fieldNames()).toIterable().contains("name", "limit", "limitUnit", "factKey", "source",
        "breaksAtPeakRequestsPerSecond", "breaksAtRequestsPerDay", "headroomByTier");
    assertThat(root.path("capacity").path("headline").asText()).startsWith("breaks first at about");
    assertThat(root.path("caching").get(0).path("tiers").get(0).fieldNames()).toIterable().contains("hitRatio", "monthlyUsdAfter");
    // the docs name every top-level field
    String docs = Files.readString(Path.of("docs/plan-json.md"));
    root.fieldNames().forEachRemaining(f -> assertThat(docs).as(f).contains("`" + f + "`"));
  }

  @Test
  void writeUsage_feedsCostWithTheSameBill(@TempDir Path dir) throws IOException {
    Path usage = dir.resolve("usage.yml");
    CliRun plan = CliRun.of("plan", "examples/ai-platform", "--tiers", "1m", "--format", "json", "--write-usage", usage.toString());
    assertThat(plan.exitCode()).isZero();
    BigDecimal planned = new BigDecimal(new ObjectMapper().readTree(plan.out()).path("tiers").get(0).path("totalUsd").asText());
    CliRun cost = CliRun.of("cost", "examples/ai-platform", "--usage", usage.toString(), "--format", "json");
    assertThat(cost.exitCode()).as(cost.err()).isZero();
    BigDecimal costed = new BigDecimal(new ObjectMapper().readTree(cost.out()).path("estimate").path("totalUsd").asText());
    assertThat(costed).isEqualByComparingTo(planned);
  }

  @Test
  void workloadFile_changesTheAssumptionsAndSaysWhere(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("workload.yml");
    Files.writeString(file, "traffic:\n  peak_to_average: 5\nroutes:\n  \"POST /api/chat\": { share: 0.6 }\n");
    CliRun run = CliRun.of("plan", "examples/ai-platform", "--workload", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("traffic.peak_to_average").contains("workload.yml:2:3").contains("at a 5x peak")
        .contains("routes.POST /api/chat.share").contains("workload.yml:4:23")
        .contains("default (equal share of 4 entries)");
  }

  @Test
  void badWorkload_isReportedAtFileLineColumn(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("workload.yml");
    Files.writeString(file, "traffic:\n  peak_to_averag: 5\n  loop_iterations: ten\nd1:\n  query_ms: -1\nroutes:\n  \"GET /x\": { shares: 0.5 }\n");
    CliRun run = CliRun.of("plan", "examples/ai-platform", "--workload", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("workload.yml:2:3: error: unknown key \"peak_to_averag\" in traffic; did you mean \"peak_to_average\"?")
        .contains("workload.yml:3:3: error: traffic.loop_iterations must be a number (write a plain number")
        .contains("workload.yml:5:3: error: d1.query_ms must not be negative")
        .contains("unknown key \"shares\" in routes.\"GET /x\"; did you mean \"share\"?");
  }

  @Test
  void sharesAboveOne_andRatiosAboveOne_areErrors(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("workload.yml");
    Files.writeString(file, "kv:\n  cache_hit_ratio: 1.5\nroutes:\n  a: { share: 0.7 }\n  b: { share: 0.7 }\n");
    CliRun run = CliRun.of("plan", "examples/ai-platform", "--workload", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("workload.yml:2:3: error: kv.cache_hit_ratio is a fraction between 0 and 1")
        .contains("route shares add up to 1.4, more than 1");
  }

  @Test
  void exampleWorkload_isTheBundledDefaults_andLoadsClean() throws IOException {
    String example = Files.readString(Path.of("workload.example.yml"));
    String bundled = Files.readString(Path.of("src/main/resources/workload/defaults.yml"));
    assertThat(example).isEqualTo(bundled);
    CliRun run = CliRun.of("plan", "examples/ai-platform", "--workload", "workload.example.yml", "--profile");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void badTiersOrPlan_areUsageErrors() {
    assertThat(CliRun.of("plan", "examples/ai-platform", "--tiers", "ten").exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(CliRun.of("plan", "examples/ai-platform", "--plan", "pro").exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
  }
}
