package dev.cfscale.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.CliRun;
import dev.cfscale.Seeds;
import dev.cfscale.fuzz.Mutator.Format;
import dev.cfscale.fuzz.Mutator.Mutated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of whole audits, in-process: a repository holds a valid Worker ({@code good/}) and a copy of it with
 * one file mutated ({@code bad/}: its config, its code or its migration). Whatever the mutation, the audit exits 0, 1
 * or 2 (never 3, the internal error), prints no stack trace, reports every problem at a position inside its file,
 * and {@code good/} keeps exactly the findings it has beside an unbroken copy.
 */
class ProjectFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SHOP = Path.of("src/test/resources/fuzz/shop");
  private static final int CASES = 100;
  private static final String[][] TARGETS = {{"wrangler.toml", "TOML"}, {"src/index.ts", "TS"}, {"migrations/0001_init.sql", "SQL"}};

  @Test
  void brokenWorker_neverCrashesTheAudit_andTheValidOneKeepsItsFindings(@TempDir Path dir) throws Exception {
    Path baselineRoot = project(dir.resolve("baseline"));
    List<String> expected = goodFindings(audit(baselineRoot));
    assertThat(expected).as("the valid Worker has findings to keep").hasSizeGreaterThan(5);
    SplittableRandom random = Seeds.random("ProjectFuzzTest");
    for (int n = 0; n < CASES; n++) {
      String[] target = TARGETS[random.nextInt(TARGETS.length)];
      Path root = project(dir.resolve("case" + n));
      Path file = root.resolve("bad").resolve(target[0]);
      Mutated mutated = new Mutator(random, Format.valueOf(target[1])).mutate(Files.readString(file));
      Files.write(file, mutated.bytes());
      String which = "case " + n + ": bad/" + target[0] + " " + mutated.steps() + ", " + Seeds.reproduce();
      CliRun run = assertTimeoutPreemptively(FileFuzzTest.CASE_BOUND, () -> CliRun.audit(root.toString(), "--format", "json"), which);
      assertThat(run.exitCode()).as(which).isBetween(0, 2);
      assertThat(run.err()).as(which).doesNotContain("Exception").doesNotContain("\tat ");
      JsonNode report = JSON.readTree(run.out());
      for (JsonNode p : report.path("problems")) {
        problemInside(root, p, which);
      }
      assertThat(goodFindings(report)).as(which).isEqualTo(expected);
      deleteTree(root);
    }
  }

  /** A repository with the valid Worker twice, as good/ and bad/. */
  private static Path project(Path root) throws IOException {
    for (String folder : List.of("good", "bad")) {
      try (Stream<Path> files = Files.walk(SHOP)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Path to = root.resolve(folder).resolve(SHOP.relativize(f).toString());
          Files.createDirectories(to.getParent());
          Files.copy(f, to);
        }
      }
    }
    return root;
  }

  private static JsonNode audit(Path root) throws IOException {
    CliRun run = CliRun.audit(root.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isBetween(0, 1);
    return JSON.readTree(run.out());
  }

  /**
   * "rule file:line" of every finding in good/ about good/ alone: the two copies share a Worker name, which
   * config/duplicate-worker-name reports only while bad/'s config still says so.
   */
  private static List<String> goodFindings(JsonNode report) {
    List<String> out = new ArrayList<>();
    report.path("findings").forEach(f -> {
      String file = f.path("location").path("file").asText();
      if (file.startsWith("good/") && !f.path("ruleId").asText().equals("config/duplicate-worker-name")) {
        out.add(f.path("ruleId").asText() + " " + file + ":" + f.path("location").path("line").asInt());
      }
    });
    return out;
  }

  /** A problem names a file of the project (or the tool itself) and a line and column inside it. */
  private static void problemInside(Path root, JsonNode p, String which) throws IOException {
    String file = p.path("file").asText();
    if (file.startsWith("(")) {
      return; // "(cfscale)": about the tool, not a file
    }
    Path path = root.resolve(file);
    assertThat(path).as(which + ": problem in " + file).exists();
    if (Files.isRegularFile(path)) {
      String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
      Format format = file.endsWith(".toml") ? Format.TOML : file.endsWith(".sql") ? Format.SQL : file.endsWith(".ts") ? Format.TS : Format.JSON;
      FileFuzzTest.assertInside(format, text, p.path("line").asInt(), p.path("column").asInt(), which + ": " + p.path("message").asText());
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
