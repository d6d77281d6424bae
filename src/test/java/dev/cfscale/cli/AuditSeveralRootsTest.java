package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.CliRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code audit DIR DIR}: each root reported under its own name, one JSON/SARIF document, the same findings as one root at a time. */
class AuditSeveralRootsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String A = "examples/ai-platform";
  private static final String B = "src/test/resources/inputs/workspace-monorepo";

  @Test
  void json_isOneDocument_withEveryRootsFindings_underTheRootsName() throws Exception {
    JsonNode both = JSON.readTree(CliRun.audit("--format", "json", A, B).out());
    List<String> expected = new ArrayList<>();
    expected.addAll(findings(JSON.readTree(CliRun.audit("--format", "json", A).out()), A + "/"));
    expected.addAll(findings(JSON.readTree(CliRun.audit("--format", "json", B).out()), B + "/"));
    assertThat(findings(both, "")).containsExactlyElementsOf(expected);
    assertThat(both.path("inputs").get(0).path("file").asText()).isEqualTo(A + "/wrangler.toml");
  }

  @Test
  void sarif_isOneRun_withPathsUnderEachRoot() throws Exception {
    JsonNode sarif = JSON.readTree(CliRun.audit("--format", "sarif", A, B).out());
    assertThat(sarif.path("runs")).hasSize(1);
    List<String> uris = new ArrayList<>();
    sarif.path("runs").get(0).path("results").forEach(r ->
        uris.add(r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText()));
    assertThat(uris).anyMatch(u -> u.startsWith(A + "/")).anyMatch(u -> u.startsWith(B + "/"));
  }

  @Test
  void text_printsOneReportPerRoot() {
    CliRun run = CliRun.audit(A, B);
    assertThat(run.out()).contains("== " + A + " ==").contains("== " + B + " ==");
    assertThat(run.out().indexOf("== " + A + " ==")).isLessThan(run.out().indexOf("== " + B + " =="));
  }

  @Test
  void configWithSeveralRoots_isAUsageError() {
    CliRun run = CliRun.audit("--config", "wrangler.toml", A, B);
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("--config names one config");
  }

  /** "rule file:line" of every finding, the file prefixed with {@code prefix}. */
  private static List<String> findings(JsonNode report, String prefix) {
    List<String> out = new ArrayList<>();
    report.path("findings").forEach(f -> out.add(f.path("ruleId").asText() + " " + prefix + f.path("location").path("file").asText()
        + ":" + f.path("location").path("line").asInt()));
    return out;
  }
}
