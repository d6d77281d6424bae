package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adopting cfscale on an existing project: inline suppressions, .cfscale.yml, and baselines. */
class AuditAdoptionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONSUMER = """
      name = "consumer"
      main = "src/index.ts"

      [limits]
      cpu_ms = 50

      [observability]
      enabled = true

      [[queues.consumers]]
      queue = "jobs"
      """;

  private static JsonNode json(CliRun run) throws IOException {
    return JSON.readTree(run.out());
  }

  @Test
  void inlineSuppression_withReason_silencesTheFindingAndIsCounted(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), CONSUMER.replace("[[queues.consumers]]",
        "# cfscale-ignore queues/no-dead-letter-queue jobs are idempotent and re-created nightly\n[[queues.consumers]]"));
    JsonNode report = json(CliRun.audit(dir.toString(), "--format", "json"));
    assertThat(report.get("findings")).isEmpty();
    assertThat(report.at("/summary/suppressed").asInt()).isEqualTo(1);
  }

  @Test
  void inlineSuppression_forAnotherRule_doesNotSilence(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), CONSUMER.replace("[[queues.consumers]]",
        "# cfscale-ignore workers/no-cpu-limit wrong rule on purpose\n[[queues.consumers]]"));
    JsonNode report = json(CliRun.audit(dir.toString(), "--format", "json"));
    assertThat(report.get("findings").findValuesAsText("ruleId")).containsExactly("queues/no-dead-letter-queue");
  }

  @Test
  void projectSettings_disableRules_changeSeverity_andExcludePaths(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), CONSUMER);
    Files.createDirectories(dir.resolve("legacy"));
    Files.writeString(dir.resolve("legacy/wrangler.toml"), CONSUMER.replace("consumer", "old"));
    Files.writeString(dir.resolve(".cfscale.yml"), """
        exclude:
          - "legacy/**"
        rules:
          queues/no-dead-letter-queue: critical
          workers/old-compatibility-date: off
        """);
    JsonNode report = json(CliRun.audit(dir.toString(), "--format", "json"));
    assertThat(report.get("findings")).hasSize(1);
    assertThat(report.at("/findings/0/severity").asText()).isEqualTo("critical");
    assertThat(report.at("/findings/0/location/file").asText()).isEqualTo("wrangler.toml");
  }

  @Test
  void projectSettings_excludeAlsoDropsFindingsInExcludedSources(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"w\"\nmain = \"src/index.ts\"\n[limits]\ncpu_ms = 50\n"
        + "[observability]\nenabled = true\n[[kv_namespaces]]\nbinding = \"KV\"\nid = \"x\"\n");
    Files.createDirectories(dir.resolve("src/vendor"));
    Files.writeString(dir.resolve("src/index.ts"), "import { warm } from \"./vendor/warm\";\n"
        + "export default { async fetch(r: Request, env: Env) { await warm(env, [\"a\"]); return new Response(\"ok\"); } };\n");
    Files.writeString(dir.resolve("src/vendor/warm.ts"), "export async function warm(env: Env, keys: string[]) {\n"
        + "  for (const k of keys.concat(keys)) { await env.KV.get(k); }\n}\n");
    assertThat(CliRun.audit(dir.toString()).out()).contains("kv/get-in-loop");
    Files.writeString(dir.resolve(".cfscale.yml"), "exclude:\n  - \"src/vendor/**\"\n");
    assertThat(CliRun.audit(dir.toString()).out()).doesNotContain("kv/get-in-loop");
  }

  @Test
  void projectSettings_errorsHavePositions(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), CONSUMER);
    Files.writeString(dir.resolve(".cfscale.yml"), "rules:\n  queues/no-such-rule: off\n  workers/no-cpu-limit: urgent\n");
    CliRun run = CliRun.audit(dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).contains(".cfscale.yml:2:3: error: unknown rule id \"queues/no-such-rule\"");
    assertThat(run.out()).containsPattern("\\.cfscale\\.yml:3:\\d+: error: unknown severity \"urgent\"");
  }

  @Test
  void baseline_hidesKnownFindings_evenAfterLinesMove_butNotNewOnes(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("wrangler.toml");
    Path baseline = dir.resolve("cfscale-baseline.json");
    Files.writeString(config, CONSUMER);
    CliRun write = CliRun.audit(dir.toString(), "--write-baseline", baseline.toString());
    assertThat(write.exitCode()).isZero();
    assertThat(Files.readString(baseline)).contains("queues/no-dead-letter-queue");

    Files.writeString(config, "# a comment that shifts every line\n\n" + CONSUMER + """

        [[queues.consumers]]
        queue = "emails"
        """);
    JsonNode report = json(CliRun.audit(dir.toString(), "--baseline", baseline.toString(), "--format", "json"));
    assertThat(report.get("findings").findValuesAsText("message")).hasSize(1).allMatch(m -> m.contains("emails"));
    assertThat(report.at("/summary/baselined").asInt()).isEqualTo(1);
    assertThat(CliRun.audit(dir.toString(), "--baseline", baseline.toString(), "--fail-on", "high").exitCode())
        .isEqualTo(ExitCode.FINDINGS);
  }
}
