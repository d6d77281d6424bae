package dev.cfscale.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture project under {@code src/test/resources/rules/<area>/<name>/{fires,quiet}} through
 * the real {@code cfscale audit} and compares the rule's findings with the {@code expect:} markers
 * written in the fixture files (on the line above the expected finding). The match is exact: every
 * marker is found and nothing unmarked is reported for that rule. Quiet fixtures have no markers.
 */
class RuleFixturesTest {
  private static final Path FIXTURES = Path.of("src/test/resources/rules");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> dirs = Files.walk(FIXTURES)) {
      return dirs.filter(d -> d.getFileName().toString().equals("fires") || d.getFileName().toString().equals("quiet"))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixture_producesExactlyTheMarkedFindings(Path fixture) throws IOException {
    String ruleId = FIXTURES.relativize(fixture.getParent()).toString().replace('\\', '/');
    CliRun run = CliRun.audit(fixture.toString(), "--format", "json");
    assertThat(run.err()).doesNotContain("Exception");
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("problems")).as("input problems in %s", fixture).isEmpty();

    TreeSet<String> actual = new TreeSet<>();
    for (String list : List.of("findings", "notes")) { // a rule whose default level is note reports notes
      for (JsonNode f : report.get(list)) {
        if (f.get("ruleId").asText().equals(ruleId)) {
          actual.add(f.at("/location/file").asText() + ":" + f.at("/location/line").asInt());
        }
      }
    }
    TreeSet<String> expected = new TreeSet<>(markers(fixture, ruleId));
    if (fixture.getFileName().toString().equals("fires")) {
      assertThat(expected).as("a fires/ fixture must mark at least one finding").isNotEmpty();
    } else {
      assertThat(expected).as("a quiet/ fixture marks nothing").isEmpty();
    }
    assertThat(actual).as("findings of %s in %s\n%s", ruleId, fixture, run.out()).isEqualTo(expected);
  }

  /** {@code file:line} of the line below each {@code expect: RULE} comment. */
  static List<String> markers(Path fixture, String ruleId) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(fixture)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).trim();
          if ((line.startsWith("# expect:") || line.startsWith("// expect:"))
              && line.substring(line.indexOf(':') + 1).trim().equals(ruleId)) {
            out.add(fixture.relativize(file).toString().replace('\\', '/') + ":" + (i + 2));
          }
        }
      }
    }
    return out;
  }
}
