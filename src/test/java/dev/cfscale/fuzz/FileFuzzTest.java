package dev.cfscale.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cfscale.Seeds;
import dev.cfscale.analysis.usage.UsageExtractor;
import dev.cfscale.analysis.workload.WorkloadExtractor;
import dev.cfscale.findings.Problem;
import dev.cfscale.fuzz.Mutator.Format;
import dev.cfscale.fuzz.Mutator.Mutated;
import dev.cfscale.parse.config.ConfigFile;
import dev.cfscale.parse.config.ConfigFileReader;
import dev.cfscale.parse.config.ConfigObject;
import dev.cfscale.parse.config.ConfigReadException;
import dev.cfscale.parse.config.ConfigSyntaxException;
import dev.cfscale.parse.config.SchemaIssue;
import dev.cfscale.parse.DeepStack;
import dev.cfscale.parse.config.WranglerSchema;
import dev.cfscale.parse.sql.SqlSandbox;
import dev.cfscale.parse.sql.SqlScriptSplitter;
import dev.cfscale.parse.sql.SqlStatement;
import dev.cfscale.parse.sql.SqlTimeBudget;
import dev.cfscale.parse.ts.SourceParseException;
import dev.cfscale.parse.ts.TsParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of every reader of project input, file by file: thousands of mutated configs (TOML, JSON, JSONC),
 * usage and workload files, SQL migrations and TypeScript sources. Each case must end in a result or in the reader's
 * own input error, never in another exception; every position it reports lies inside the file; and no case runs
 * longer than {@link #CASE_BOUND} (a hang guard, not a speed test). A failure names the seed and the case's
 * mutations: rerun with {@code -Dcfscale.seed=N}.
 */
class FileFuzzTest {
  static final Duration CASE_BOUND = Duration.ofSeconds(30);
  /** The lines of the last file checked (a case reports many problems in one file of up to a megabyte). */
  private static final ThreadLocal<Lines> LAST_LINES = ThreadLocal.withInitial(() -> new Lines("", Format.TS, List.of()));
  private static final Path INPUTS = Path.of("src/test/resources/fuzz");
  private static final WranglerSchema SCHEMA = WranglerSchema.load();

  @Test
  void configs_readOrFailAtAPositionInsideTheFile(@TempDir Path dir) throws IOException {
    ConfigFileReader reader = new ConfigFileReader();
    String[][] bases = {{"wrangler.toml", read("shop/wrangler.toml")}, {"wrangler.jsonc", read("configs/wrangler.jsonc")},
        {"wrangler.json", read("configs/wrangler.json")}};
    for (String[] base : bases) {
      Format format = base[0].endsWith(".toml") ? Format.TOML : Format.JSON;
      run(base[0], 1_200, format, base[1], (mutated, text) -> {
        Path file = dir.resolve(base[0]);
        Files.write(file, mutated.bytes());
        try {
          ConfigFile config = reader.read(file, base[0]);
          for (SchemaIssue issue : SCHEMA.check(config.root())) {
            assertInside(format, text, issue.position().line(), issue.position().column(), issue.message());
          }
        } catch (ConfigReadException e) {
          assertInside(format, text, e.position().line(), e.position().column(), e.getMessage());
        }
      });
    }
  }

  @Test
  void usageAndWorkloadFiles_readOrFailAtAPositionInsideTheFile() throws IOException {
    run("usage.yml", 1_500, Format.YAML, read("configs/usage.yml"), (mutated, text) -> {
      ConfigObject root = yaml(text);
      if (root != null) {
        problemsInside(Format.YAML, text, new UsageExtractor("usage.yml").extract(root).problems());
      }
    });
    run("workload.yml", 1_500, Format.YAML, read("configs/workload.yml"), (mutated, text) -> {
      ConfigObject root = yaml(text);
      if (root != null) {
        problemsInside(Format.YAML, text, WorkloadExtractor.extract("workload.yml", root).problems());
      }
    });
  }

  @Test
  void sqlMigrations_splitAndRunInTheSandbox() throws IOException {
    run("0001_init.sql", 1_500, Format.SQL, read("shop/migrations/0001_init.sql"), (mutated, text) -> {
      List<SqlStatement> statements = SqlScriptSplitter.split(text);
      try (SqlSandbox sandbox = new SqlSandbox(new SqlTimeBudget(SqlTimeBudget.STATEMENT_MILLIS, SqlTimeBudget.TOTAL_MILLIS))) {
        for (SqlStatement statement : statements) {
          assertInside(Format.SQL, text, statement.line(), 1, "statement");
          try {
            sandbox.execute(statement.text());
          } catch (SQLException e) {
            // a statement SQLite refuses: the advisor reports it as a problem at the statement's line
          }
        }
      }
    });
  }

  @Test
  void typescriptSources_parseOrFailAtAPositionInsideTheFile() throws IOException {
    TsParser parser = new TsParser();
    run("index.ts", 2_400, Format.TS, read("shop/src/index.ts"), (mutated, text) -> {
      try {
        parser.parse("index.ts", text);
      } catch (SourceParseException e) {
        assertInside(Format.TS, text, e.line(), e.column(), e.getMessage());
      }
    });
  }

  private record Lines(String text, Format format, List<String> lines) {}

  /** One fuzz case: the mutated bytes and their text as the readers decode it (invalid UTF-8 replaced). */
  interface Case {
    void check(Mutated mutated, String text) throws Exception;
  }

  private static void run(String file, int cases, Format format, String base, Case check) {
    SplittableRandom random = Seeds.random("FileFuzzTest." + file);
    Mutator mutator = new Mutator(random, format);
    for (int n = 0; n < cases; n++) {
      Mutated mutated = mutator.mutate(base);
      String text = new String(mutated.bytes(), StandardCharsets.UTF_8);
      String which = file + " case " + n + " " + mutated.steps() + ", " + Seeds.reproduce();
      try {
        assertTimeoutPreemptively(CASE_BOUND, () -> DeepStack.call(() -> { // on the stack cfscale's Main gives every reader
          check.check(mutated, text);
          return null;
        }), which);
      } catch (AssertionError e) {
        throw new AssertionError(which + ": " + e.getMessage(), e);
      } catch (Throwable e) {
        fail(which + ": " + e, e);
      }
    }
  }

  private static ConfigObject yaml(String text) {
    try {
      return new dev.cfscale.parse.usage.YamlTreeReader().read(text);
    } catch (ConfigSyntaxException e) {
      assertInside(Format.YAML, text, e.position().line(), e.position().column(), e.getMessage());
      return null;
    }
  }

  private static void problemsInside(Format format, String text, List<Problem> problems) {
    problems.forEach(p -> assertInside(format, text, p.location().line(), p.location().column(), p.message()));
  }

  /** A line of the file (or the one after its last, where an unexpected end is reported), a column within it or just past it. */
  static void assertInside(Format format, String text, int line, int column, String message) {
    List<String> lines = LAST_LINES.get().text() == text && LAST_LINES.get().format() == format ? LAST_LINES.get().lines() : lines(text, format);
    LAST_LINES.set(new Lines(text, format, lines));
    assertThat(line).as("line of \"%s\"", message).isBetween(1, lines.size() + 1);
    int width = line <= lines.size() ? lines.get(line - 1).length() : 0;
    assertThat(column).as("column of \"%s\" on line %d", message, line).isBetween(1, width + 1);
  }

  /**
   * The file's lines as its parser counts them: a lone CR ends a line in JSON and YAML but not in TOML, SQL or SWC's
   * positions (all count newlines); U+2028, U+2029 and NEL (U+0085) end lines in YAML too.
   */
  static List<String> lines(String text, Format format) {
    List<String> out = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean cr = c == '\r' && (format == Format.JSON || format == Format.YAML);
      boolean unicode = (c == '\u2028' || c == '\u2029' || c == '\u0085') && format == Format.YAML;
      if (c == '\n' || cr || unicode) {
        int end = i > start && c == '\n' && text.charAt(i - 1) == '\r' ? i - 1 : i;
        out.add(text.substring(start, end));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  private static String read(String name) throws IOException {
    return Files.readString(INPUTS.resolve(name));
  }
}
