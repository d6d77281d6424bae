package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.cfscale.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three output formats agree, follow their contracts, and the exit code follows --fail-on. */
class AuditOutputTest {
  private static final String EXAMPLE = "examples/ai-platform";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void json_followsTheDocumentedContract() throws IOException {
    JsonNode report = JSON.readTree(CliRun.audit(EXAMPLE, "--format", "json").out());
    assertThat(report.at("/tool/name").asText()).isEqualTo("cfscale");
    assertThat(report.at("/facts/asOf").asText()).isNotBlank();
    assertThat(report.get("problems")).isEmpty();
    JsonNode first = report.get("findings").get(0);
    assertThat(first.fieldNames()).toIterable().contains("ruleId", "severity", "message", "location", "worker",
        "environment", "evidence", "fix", "fingerprint");
    assertThat(first.at("/location/file").asText()).doesNotStartWith("/").doesNotContain("examples");
    assertThat(first.at("/location/line").asInt()).isPositive();
  }

  @Test
  void sarif_validatesAgainstTheOfficialSchema_andAgreesWithJson() throws IOException {
    String sarif = CliRun.audit(EXAMPLE, "--format", "sarif").out();
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    JsonNode log = JSON.readTree(sarif);
    Set<ValidationMessage> errors = schema.validate(log);
    assertThat(errors).isEmpty();
    JsonNode run = log.at("/runs/0");
    JsonNode json = JSON.readTree(CliRun.audit(EXAMPLE, "--format", "json").out());
    assertThat(run.get("results").size()).isEqualTo(json.get("findings").size());
    assertThat(run.at("/results/0/partialFingerprints").size()).isEqualTo(1);
    assertThat(run.at("/tool/driver/rules").size()).isGreaterThanOrEqualTo(17);
    assertThat(run.at("/tool/driver/rules/0/help/markdown").asText()).contains("## Why it matters at scale");
  }

  @Test
  void sarif_reportsProblemsAsToolExecutionNotifications() throws IOException {
    JsonNode log = JSON.readTree(CliRun.audit("src/test/resources/inputs/broken-toml", "--format", "sarif").out());
    JsonNode notification = log.at("/runs/0/invocations/0/toolExecutionNotifications/0");
    assertThat(notification.at("/level").asText()).isEqualTo("error");
    assertThat(notification.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
    assertThat(log.at("/runs/0/invocations/0/executionSuccessful").asBoolean()).isFalse();
  }

  @Test
  void text_jsonAndSarif_countTheSameFindings() throws IOException {
    int json = JSON.readTree(CliRun.audit(EXAMPLE, "--format", "json").out()).get("findings").size();
    String text = CliRun.audit(EXAMPLE).out();
    assertThat(text).contains(json + " findings (");
    assertThat(text).contains("Cloudflare facts").doesNotContain("\u001b[");
  }

  @Test
  void failOn_exitsOneOnlyAtOrAboveTheThreshold() {
    assertThat(CliRun.audit(EXAMPLE).exitCode()).isEqualTo(ExitCode.OK);
    assertThat(CliRun.audit(EXAMPLE, "--fail-on", "high").exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(CliRun.audit(EXAMPLE, "--fail-on", "critical").exitCode()).isEqualTo(ExitCode.OK);
    assertThat(CliRun.audit("src/test/resources/rules/workers/old-compatibility-date/fires", "--fail-on", "medium").exitCode())
        .isEqualTo(ExitCode.OK);
  }

  @Test
  void output_writesTheReportToAFile(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report.sarif");
    CliRun run = CliRun.audit(EXAMPLE, "--format", "sarif", "--output", out.toString());
    assertThat(run.out()).isEmpty();
    assertThat(JSON.readTree(out.toFile()).get("version").asText()).isEqualTo("2.1.0");
  }

  @Test
  void plaintextSecret_isNeverPrintedInAnyFormat() {
    String secretTail = "4fQ9xT2mLr8Vb7Kc1NzW5yHd3JpE6uGa";
    for (String format : new String[] {"text", "json", "sarif"}) {
      CliRun run = CliRun.audit(EXAMPLE, "--format", format);
      assertThat(run.out()).contains("OPENAI_API_KEY").doesNotContain(secretTail);
    }
  }

  @Test
  void explain_printsResolvedTextForEveryRule() {
    CliRun list = CliRun.of("rules");
    assertThat(list.exitCode()).isZero();
    for (String line : list.out().strip().split("\n")) {
      String id = line.split("\\s+")[0];
      CliRun explain = CliRun.of("explain", id);
      assertThat(explain.exitCode()).as(id).isZero();
      assertThat(explain.out()).contains(id, "## Why it matters at scale", "Cloudflare facts").doesNotContainPattern("\\$\\{[A-Za-z0-9_]+\\.[A-Za-z0-9_.]+}");
    }
    assertThat(CliRun.of("explain", "queues/no-dead-letter-queue").out()).contains("default 3");
  }

  @Test
  void jsonFileNames_areRelativeToTheScannedDirectory() throws IOException {
    JsonNode report = JSON.readTree(CliRun.audit(EXAMPLE, "--format", "json").out());
    assertThat(report.get("findings").findValuesAsText("file")).contains("wrangler.toml", "workers/job-consumer/wrangler.toml");
    assertThat(Files.exists(Path.of(EXAMPLE, "workers/job-consumer/wrangler.toml"))).isTrue();
  }
}
