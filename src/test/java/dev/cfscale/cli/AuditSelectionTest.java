package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.CliRun;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --config, --env and discovery choose what is analysed as wrangler would. */
class AuditSelectionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String... args) throws IOException {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--format";
    all[args.length + 1] = "json";
    return JSON.readTree(CliRun.audit(all).out());
  }

  @Test
  void withoutEnv_everyEnvironmentIsAnalysed_andFindingsNameTheirEnvironment() throws IOException {
    JsonNode report = json("examples/ai-platform");
    List<String> envs = report.get("findings").findValuesAsText("environment");
    assertThat(envs).contains("top-level", "production");
    assertThat(envs).anyMatch(e -> e.contains("top-level") && e.contains("staging") && e.contains("production"));
  }

  @Test
  void env_selectsOneEnvironment_withItsDeployedName() throws IOException {
    JsonNode report = json("examples/ai-platform", "--env", "production");
    assertThat(report.get("findings").findValuesAsText("environment")).containsOnly("production");
    assertThat(report.get("findings").findValuesAsText("worker")).contains("ai-platform-api-production");
  }

  @Test
  void config_acceptsAnyFileName_andSkipsCrossWorkerRules() throws IOException {
    JsonNode report = json("src/test/resources/inputs", "--config", "src/test/resources/inputs/precedence/wrangler.toml");
    assertThat(report.get("findings").findValuesAsText("message")).anyMatch(m -> m.contains("toml-queue"));
    JsonNode whole = json("src/test/resources/rules/queues/produced-never-consumed/fires/api", "--config",
        "src/test/resources/rules/queues/produced-never-consumed/fires/api/wrangler.toml");
    assertThat(whole.get("findings").findValuesAsText("ruleId")).doesNotContain("queues/produced-never-consumed");
  }

  @Test
  void discovery_prefersWranglerJsonOverTomlInOneFolder() throws IOException {
    JsonNode report = json("src/test/resources/inputs/precedence");
    assertThat(report.get("findings").findValuesAsText("message")).anyMatch(m -> m.contains("json-queue"))
        .noneMatch(m -> m.contains("toml-queue"));
    assertThat(report.get("problems").findValuesAsText("message")).anyMatch(m -> m.contains("not analysed"));
  }

  @Test
  void devOnlyConfig_getsNoDeploymentAdvice() throws IOException {
    JsonNode report = json("src/test/resources/inputs", "--config", "src/test/resources/inputs/wrangler.dev.toml");
    assertThat(report.get("problems")).isEmpty();
    assertThat(report.get("findings").findValuesAsText("ruleId")).doesNotContain("workers/no-cpu-limit",
        "workers/observability-disabled", "workers/old-compatibility-date");
  }
}
