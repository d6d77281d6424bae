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

/** Hygiene (old compatibility dates, inert legacy keys) is a note: one summary line, never a failing finding. */
class AuditNotesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A clean Worker apart from an old compatibility date and an ignored Wrangler 1 key. */
  private static final String HYGIENE_ONLY = """
      name = "tidy"
      main = "src/index.ts"
      compatibility_date = "2021-01-01"
      type = "javascript"

      [limits]
      cpu_ms = 50

      [observability]
      enabled = true
      """;

  @Test
  void notes_areCountedInOneLine_notListed_andNeverFailTheRun(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), HYGIENE_ONLY);
    CliRun run = CliRun.audit(dir.toString(), "--no-color", "--fail-on", "low");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("0 findings").contains("2 notes: --notes to list them").doesNotContain("compatibility_date =");
  }

  @Test
  void notesFlag_listsThem(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), HYGIENE_ONLY);
    CliRun run = CliRun.audit(dir.toString(), "--no-color", "--notes");
    assertThat(run.out()).contains("Notes (hygiene").contains("workers/old-compatibility-date").contains("config/legacy-key");
  }

  @Test
  void json_keepsNotesApartFromFindings(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), HYGIENE_ONLY);
    JsonNode report = JSON.readTree(CliRun.audit(dir.toString(), "--format", "json").out());
    assertThat(report.get("findings")).isEmpty();
    assertThat(report.get("notes").findValuesAsText("ruleId")).containsExactlyInAnyOrder("workers/old-compatibility-date", "config/legacy-key");
    assertThat(report.at("/summary/notes").asInt()).isEqualTo(2);
  }

  @Test
  void sarif_leavesNotesOutUnlessAsked(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), HYGIENE_ONLY);
    JsonNode quiet = JSON.readTree(CliRun.audit(dir.toString(), "--format", "sarif").out());
    assertThat(quiet.at("/runs/0/results")).isEmpty();
    JsonNode listed = JSON.readTree(CliRun.audit(dir.toString(), "--format", "sarif", "--notes").out());
    assertThat(listed.at("/runs/0/results").findValuesAsText("level")).containsOnly("note");
  }

  @Test
  void failOnNote_isAUsageError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), HYGIENE_ONLY);
    assertThat(CliRun.audit(dir.toString(), "--fail-on", "note").exitCode()).isEqualTo(2);
  }

  @Test
  void nodeCompat_breaksTheDeployUnderWrangler4_andIsANoteUnderWrangler3(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), HYGIENE_ONLY.replace("type = \"javascript\"", "node_compat = true"));
    Files.writeString(dir.resolve("package.json"), "{ \"devDependencies\": { \"wrangler\": \"^4.1.0\" } }");
    JsonNode v4 = JSON.readTree(CliRun.audit(dir.toString(), "--format", "json").out());
    assertThat(v4.get("findings").findValuesAsText("severity")).containsExactly("high");
    assertThat(v4.get("findings").findValuesAsText("message")).anyMatch(m -> m.contains("wrangler 4"));

    Files.writeString(dir.resolve("package.json"), "{ \"devDependencies\": { \"wrangler\": \"^3.60.0\" } }");
    JsonNode v3 = JSON.readTree(CliRun.audit(dir.toString(), "--format", "json").out());
    assertThat(v3.get("findings")).isEmpty();
    assertThat(v3.get("notes").findValuesAsText("ruleId")).contains("config/legacy-key");
  }

  @Test
  void severityOverride_turnsANoteIntoAFinding(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), HYGIENE_ONLY);
    Files.writeString(dir.resolve(".cfscale.yml"), "rules:\n  workers/old-compatibility-date: low\n");
    JsonNode report = JSON.readTree(CliRun.audit(dir.toString(), "--format", "json").out());
    assertThat(report.get("findings").findValuesAsText("ruleId")).containsExactly("workers/old-compatibility-date");
  }

  @Test
  void lowMaxConcurrency_withAStatedReason_isANoteQuotingIt(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), HYGIENE_ONLY.replace("type = \"javascript\"", "") + """

        [[queues.consumers]]
        queue = "summaries"
        dead_letter_queue = "summaries-dlq"
        max_concurrency = 1  # the LLM provider allows one request at a time
        """);
    JsonNode report = JSON.readTree(CliRun.audit(dir.toString(), "--format", "json").out());
    assertThat(report.get("findings").findValuesAsText("ruleId")).doesNotContain("queues/low-max-concurrency");
    assertThat(report.get("notes")).anySatisfy(n -> {
      assertThat(n.get("ruleId").asText()).isEqualTo("queues/low-max-concurrency");
      assertThat(n.at("/evidence/stated reason").asText()).contains("LLM provider");
    });
  }
}
