package dev.cfscale.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.CliRun;
import dev.cfscale.rules.catalog.Rules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Realistic multi-module projects (not written for one rule) under {@code src/test/resources/precision}:
 * every finding of a rule that reads code facts ({@link CodeFactsRule}) must be marked
 * {@code // expect: RULE} on the line above (see {@link Markers}), and every marker found. The false-positive traps in them (pagination loops, batched inserts, cron-only writes,
 * cached AI calls, per-client Durable Object names) must stay quiet.
 */
class PrecisionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void realisticProjects_produceExactlyTheMarkedCodeFindings() throws Exception {
    Set<String> codeRules = Rules.all().stream().filter(r -> r instanceof CodeFactsRule).map(r -> r.info().id()).collect(Collectors.toSet());
    try (Stream<Path> projects = Files.list(Path.of("src/test/resources/precision"))) {
      for (Path project : projects.sorted().toList()) {
        JsonNode report = JSON.readTree(CliRun.audit(project.toString(), "--format", "json").out());
        Map<String, List<String>> messages = new TreeMap<>();
        for (JsonNode f : report.get("findings")) {
          if (codeRules.contains(f.get("ruleId").asText())) {
            String key = f.at("/location/file").asText() + ":" + f.at("/location/line").asInt() + " " + f.get("ruleId").asText();
            messages.computeIfAbsent(key, k -> new ArrayList<>()).add(f.get("message").asText());
          }
        }
        Set<String> actual = new TreeSet<>(messages.keySet());
        Markers markers = Markers.in(project, ".ts", ".tsx", ".js", ".jsx", ".mjs");
        TreeSet<String> expected = markers.expected().stream().map(e -> e.place() + " " + e.ruleId()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(actual).as("code findings in %s", project).isEqualTo(expected);
        for (Markers.Expected e : markers.expected()) {
          e.messageContains().ifPresent(text -> assertThat(messages.get(e.place() + " " + e.ruleId())).as("message at %s", e.place())
              .anyMatch(m -> m.contains(text)));
        }
      }
    }
  }
}
