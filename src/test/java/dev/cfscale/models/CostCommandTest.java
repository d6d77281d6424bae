package dev.cfscale.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.CliRun;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What a user sees from {@code cfscale cost}. */
class CostCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void withoutUsage_listsUnitPricesOfBoundProductsOnly() {
    CliRun run = CliRun.of("cost", "examples/ai-platform");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("costs depend on usage").contains("D1").contains("Vectorize").contains("$0.30 per 1M requests")
        .doesNotContain("Hyperdrive").doesNotContain("Workflows").contains("Cloudflare facts");
  }

  @Test
  void json_hasLinesTiersAndFacts() throws IOException {
    JsonNode report = JSON.readTree(CliRun.of("cost", "--usage", "usage.example.yml", "--tiers", "10k,1m", "--format", "json").out());
    assertThat(report.at("/facts/version").asText()).isNotBlank();
    assertThat(report.at("/estimate/lines").size()).isGreaterThan(20);
    assertThat(report.get("tiers").size()).isEqualTo(2);
    assertThat(report.at("/tiers/1/estimate/totalUsd").decimalValue())
        .isGreaterThan(report.at("/tiers/0/estimate/totalUsd").decimalValue());
  }

  @Test
  void markdown_andFreePlan_showOutages() {
    CliRun run = CliRun.of("cost", "--usage", "usage.example.yml", "--plan", "free", "--format", "md");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("# Cloudflare cost estimate (free plan)").contains("fail");
  }
}
