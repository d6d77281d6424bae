package dev.cfscale.rules;

import dev.cfscale.rules.catalog.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Realistic multi-module projects (not written for one rule) under {@code src/test/resources/precision}:
 * every code-rule finding must be marked {@code // expect: RULE} on the line above, and every marker
 * found. The false-positive traps in them (pagination loops, batched inserts, cron-only writes,
 * cached AI calls, per-client Durable Object names) must stay quiet.
 */
class PrecisionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void realisticProjects_produceExactlyTheMarkedCodeFindings() throws Exception {
    Set<String> codeRules = Rules.all().stream().filter(r -> r instanceof CodeRule || r instanceof D1QueryRule).map(r -> r.info().id()).collect(Collectors.toSet());
    try (Stream<Path> projects = Files.list(Path.of("src/test/resources/precision"))) {
      for (Path project : projects.sorted().toList()) {
        JsonNode report = JSON.readTree(CliRun.audit(project.toString(), "--format", "json").out());
        TreeSet<String> actual = new TreeSet<>();
        for (JsonNode f : report.get("findings")) {
          if (codeRules.contains(f.get("ruleId").asText())) {
            actual.add(f.at("/location/file").asText() + ":" + f.at("/location/line").asInt() + " " + f.get("ruleId").asText());
          }
        }
        assertThat(actual).as("code findings in %s", project).isEqualTo(new TreeSet<>(markers(project)));
      }
    }
  }

  private static List<String> markers(Path project) throws Exception {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(project)) {
      for (Path file : files.filter(p -> p.toString().matches(".*\\.(ts|tsx|js|jsx|mjs)$")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).trim();
          if (line.startsWith("// expect:")) {
            out.add(project.relativize(file).toString().replace('\\', '/') + ":" + (i + 2) + " " + line.substring(10).trim());
          }
        }
      }
    }
    return out;
  }
}
