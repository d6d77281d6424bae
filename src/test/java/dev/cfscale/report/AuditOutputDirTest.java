package dev.cfscale.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit --format text,sarif,html,json --output-dir DIR}: one run, one file per format, and they agree. */
class AuditOutputDirTest {

  @Test
  void severalFormats_fromOneRun_agreeOnTheFindings(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    CliRun run = CliRun.audit(ReportRun.EXAMPLE.toString(), "--format", "text,sarif,html,json", "--output-dir", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(out.resolve("audit.txt")).exists();
    JsonNode json = new ObjectMapper().readTree(out.resolve("audit.json").toFile());
    JsonNode sarif = new ObjectMapper().readTree(out.resolve("audit.sarif").toFile());
    var html = Jsoup.parse(out.resolve("audit.html").toFile());
    int findings = json.path("findings").size();
    assertThat(findings).isGreaterThan(5);
    assertThat(sarif.path("runs").get(0).path("results").size()).isEqualTo(findings);
    assertThat(html.select("details.finding")).hasSize(findings);
    assertThat(Files.readString(out.resolve("audit.txt"))).contains(findings + " findings (");
    assertThat(html.select("#findings section.area h3").eachText()).hasSize(5).first().asString().startsWith("Data and storage (");
  }

  @Test
  void severalFormats_withoutADirectory_areAUsageError() {
    CliRun run = CliRun.audit(ReportRun.EXAMPLE.toString(), "--format", "text,sarif");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("several formats need --output-dir DIR");
  }

  @Test
  void suppressedFindings_areListedWithTheirReason(@TempDir Path dir) throws Exception {
    Path project = dir.resolve("p");
    Files.createDirectories(project.resolve("src"));
    Files.writeString(project.resolve("wrangler.toml"), """
        name = "p"
        main = "src/index.ts"
        compatibility_date = "2025-09-15"
        [[kv_namespaces]]
        binding = "CACHE"
        id = "0f2c1d6e9a8b4c7d8e9f0a1b2c3d4e5f"
        """);
    Files.writeString(project.resolve("src/index.ts"), """
        export default {
          async fetch(request: Request, env: { CACHE: KVNamespace }) {
            // cfscale-ignore kv/constant-key-write one write a minute from a health probe
            await env.CACHE.put("last-probe", String(Date.now()));
            return new Response("ok");
          },
        };
        """);
    var page = Jsoup.parse(CliRun.audit(project.toString(), "--format", "html").out());
    assertThat(page.select("#area-data-and-storage h4").eachText()).containsExactly("Suppressed in the code");
    assertThat(page.select("#area-data-and-storage details.finding").last().text()).contains("kv/constant-key-write")
        .contains("Suppressed: one write a minute from a health probe (src/index.ts:3)");
    JsonNode sarif = new ObjectMapper().readTree(CliRun.audit(project.toString(), "--format", "sarif").out());
    JsonNode results = sarif.path("runs").get(0).path("results");
    JsonNode suppressed = java.util.stream.StreamSupport.stream(results.spliterator(), false).filter(r -> r.has("suppressions"))
        .findFirst().orElseThrow();
    assertThat(suppressed.path("ruleId").asText()).isEqualTo("kv/constant-key-write");
    assertThat(suppressed.path("suppressions").get(0).path("kind").asText()).isEqualTo("inSource");
    assertThat(suppressed.path("suppressions").get(0).path("justification").asText()).isEqualTo("one write a minute from a health probe");
    String md = ReportRun.of(project, "md");
    assertThat(md).contains("Suppressed: one write a minute from a health probe (src/index.ts:3)");
  }
}
