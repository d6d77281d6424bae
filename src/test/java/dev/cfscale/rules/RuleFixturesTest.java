package dev.cfscale.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.CliRun;
import dev.cfscale.rules.catalog.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture project under {@code src/test/resources/rules/<area>/<name>/{fires,quiet}} through
 * the real {@code cfscale audit} and compares the rule's findings with the {@code expect:} markers
 * written in the fixture files (on the line above the expected finding, see {@link Markers}). The match
 * is exact: every marker is found and nothing unmarked is reported for that rule; a marker with
 * {@code contains:} also pins the message. Quiet fixtures have no expect markers and name the near-miss
 * they guard with {@code quiet:} comments.
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

    Map<String, List<String>> messages = new TreeMap<>();
    // a rule whose default level is note reports notes; for the others a note is a deliberate, quiet case
    boolean noteRule = Rules.byId(ruleId).map(r -> r.info().severity().isNote()).orElse(false);
    for (String list : noteRule ? List.of("findings", "notes") : List.of("findings")) {
      for (JsonNode f : report.get(list)) {
        if (f.get("ruleId").asText().equals(ruleId)) {
          String place = f.at("/location/file").asText() + ":" + f.at("/location/line").asInt();
          messages.computeIfAbsent(place, k -> new ArrayList<>()).add(f.get("message").asText());
        }
      }
    }
    Markers markers = Markers.in(fixture);
    List<Markers.Expected> expected = markers.of(ruleId);
    if (fixture.getFileName().toString().equals("fires")) {
      assertThat(expected).as("a fires/ fixture must mark at least one finding").isNotEmpty();
    } else {
      assertThat(expected).as("a quiet/ fixture marks nothing").isEmpty();
      assertThat(markers.quiet()).as("a quiet/ fixture says which near-miss it guards (// quiet: reason)").isNotEmpty();
    }
    assertThat(messages.keySet()).as("findings of %s in %s\n%s", ruleId, fixture, run.out())
        .isEqualTo(expected.stream().map(Markers.Expected::place).collect(Collectors.toCollection(TreeSet::new)));
    for (Markers.Expected e : expected) {
      e.messageContains().ifPresent(text -> assertThat(messages.get(e.place())).as("message of %s at %s", ruleId, e.place())
          .anyMatch(m -> m.contains(text)));
    }
  }
}
