package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.CliRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text and Markdown output are safe to print in a terminal whatever the project holds: control characters from
 * folder names, keys, values, queue names, SQL and echoed source lines are escaped, credentials on an echoed line
 * are starred out, SARIF paths are URIs, and a broken file prints a bounded report.
 */
class AuditSafeOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** OSC 0 (window title) ended by BEL, a screen clear, a C1 CSI and a right-to-left override. */
  private static final String TITLE = "\u001b]0;pwned\u0007";
  private static final String CLEAR = "\u001b[2J";
  private static final String C1_CSI = "\u009b31m";
  private static final String RLO = "\u202e";
  private static final String HOSTILE = TITLE + CLEAR + C1_CSI + RLO + "\r";
  /** Control characters a terminal acts on; newline and tab are layout. */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]");
  private static final String STRIPE_KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc9aZ";
  private static final String GITHUB_TOKEN = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";

  /** A Worker in a folder whose name, queue, var and SQL carry terminal escapes, and a broken config beside it. */
  private static Path hostileProject(Path dir) throws IOException {
    Path app = dir.resolve("app" + TITLE + "x");
    Files.createDirectories(app.resolve("src"));
    Files.createDirectories(app.resolve("migrations"));
    Files.writeString(app.resolve("wrangler.toml"), """
        name = "w%1$s"
        main = "src/index.ts"
        compatibility_date = "2025-09-01"

        [vars]
        "MODE%1$s" = "on%1$s"

        [[queues.producers]]
        binding = "JOBS"
        queue = "jobs%1$s"

        [[d1_databases]]
        binding = "DB"
        database_name = "db"
        database_id = "00000000-0000-4000-8000-000000000001"
        """.formatted(quoted(HOSTILE)));
    Files.writeString(app.resolve("migrations/0001_init.sql"), "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n"
        + "INSERT INTO missing" + HOSTILE + " VALUES (1);\n");
    Files.writeString(app.resolve("src/index.ts"), """
        export default {
          async fetch(req: Request, env: any) {
            await env.JOBS.send({ at: Date.now() });
            const { results } = await env.DB.prepare("SELECT * FROM notes WHERE body LIKE '%%x%1$s'").all();
            return Response.json(results);
          },
        };
        """.formatted(quoted(HOSTILE)));
    Path broken = dir.resolve("broken" + CLEAR);
    Files.createDirectories(broken);
    Files.writeString(broken.resolve("wrangler.toml"), "name = \"b\"\nvalue = \"" + TITLE + "\" oops" + HOSTILE + "\n");
    return dir;
  }

  /** {@code s} with {@code \\uXXXX} for every control character, as a TOML or JavaScript string holds it. */
  private static String quoted(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().forEach(c -> out.append(c < 0x20 || (c >= 0x7f && c <= 0x9f) ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return out.toString();
  }

  @Test
  void text_escapesControlCharactersFromTheProject(@TempDir Path dir) throws IOException {
    CliRun run = CliRun.audit(hostileProject(dir).toString(), "--notes");
    assertThat(run.out()).contains("queues/produced-never-consumed").contains("d1/"); // the hostile Worker is audited, code included
    assertThat(run.out()).contains("broken\\x1b[2J/wrangler.toml:2:").contains("app\\x1b]0;pwned\\x07x/wrangler.toml");
    assertThat(run.out()).contains("jobs\\x1b]0;pwned\\x07\\x1b[2J\\u009b31m\\u202e\\r");
    assertNoControlCharacters(run.all());
  }

  @Test
  void colouredText_hasOnlyItsOwnColourCodes(@TempDir Path dir) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.run(new Console(new PrintWriter(out, true), new PrintWriter(err, true), true), "audit", hostileProject(dir).toString(),
        "--today", CliRun.TODAY);
    String withoutColour = out.toString().replaceAll("\u001b\\[[0-9;]*m", "");
    assertThat(out.toString()).contains("\u001b[31m"); // colour is on
    assertNoControlCharacters(withoutColour);
    assertThat(withoutColour).contains("\\x1b[2J");
  }

  @Test
  void markdownAndOtherCommands_escapeControlCharactersToo(@TempDir Path dir) throws IOException {
    String project = hostileProject(dir).toString();
    List<CliRun> runs = new ArrayList<>();
    runs.add(CliRun.of("report", project, "--format", "md"));
    runs.add(CliRun.of("plan", project));
    runs.add(CliRun.of("plan", project, "--format", "md"));
    runs.add(CliRun.of("cost", project, "--format", "md"));
    runs.add(CliRun.of("inspect", project));
    runs.add(CliRun.of("fix", project, "--d1-indexes", "--dry-run"));
    for (CliRun run : runs) {
      assertNoControlCharacters(run.all());
    }
    assertThat(runs.get(4).out()).contains("\\x1b]0;pwned\\x07");
  }

  @Test
  void echoedSourceLine_hidesCredentials(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), """
        name = "w"
        main = "src/index.ts"
        compatibility_date = "2025-09-01"
        [vars]
        STRIPE_KEY = "%s" oops
        """.formatted(STRIPE_KEY));
    Files.createDirectories(dir.resolve("api/src"));
    Files.writeString(dir.resolve("api/wrangler.jsonc"), """
        {
          "name": "api",
          "main": "src/index.ts",
          "vars": { "SESSION_SECRET": "Zk93vQ1xw7LmPq2TrY8uNb", "AUTH_HEADER": "Bearer %s" "X": 1 }
        }
        """.formatted(GITHUB_TOKEN));
    // a TypeScript syntax error: its line is not echoed, and the token in it is printed nowhere
    Files.createDirectories(dir.resolve("web/src"));
    Files.writeString(dir.resolve("web/wrangler.toml"), "name = \"web\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-09-01\"\n");
    Files.writeString(dir.resolve("web/src/index.ts"), "const auth = { headers: { Authorization: \"Bearer " + STRIPE_KEY + "\" } } +;\n"
        + "export default { fetch() { return new Response(\"ok\"); } };\n");
    for (String format : List.of("text", "json", "sarif", "html")) {
      CliRun run = CliRun.audit(dir.toString(), "--format", format);
      assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
      assertThat(run.all()).as(format).doesNotContain(STRIPE_KEY).doesNotContain("Zk93vQ1xw7LmPq2TrY8uNb").doesNotContain(GITHUB_TOKEN);
    }
    CliRun text = CliRun.audit(dir.toString());
    assertThat(text.out()).contains("    STRIPE_KEY = \"" + "*".repeat(STRIPE_KEY.length()) + "\" oops\n")
        .contains("\"SESSION_SECRET\": \"**********************\"").contains("Bearer " + "*".repeat(GITHUB_TOKEN.length()));
    // the caret still points at the unexpected token after the starred value
    assertThat(text.out()).contains("\" oops\n" + " ".repeat(4 + "STRIPE_KEY = \"".length() + STRIPE_KEY.length() + 2) + "^");
  }

  @Test
  void sarifUri_isPercentEncoded_andABackslashStaysACharacter(@TempDir Path dir) throws Exception {
    Path app = dir.resolve("a b\\c#1%");
    Files.createDirectories(app);
    Files.writeString(app.resolve("wrangler.toml"), """
        name = "w"
        compatibility_date = "2025-09-01"
        [[queues.consumers]]
        queue = "jobs"
        """);
    JsonNode sarif = JSON.readTree(CliRun.audit(dir.toString(), "--format", "sarif").out());
    List<String> uris = new ArrayList<>();
    sarif.findValues("artifactLocation").forEach(a -> uris.add(a.path("uri").asText()));
    assertThat(uris).isNotEmpty().allMatch(u -> u.equals("a%20b%5Cc%231%25/wrangler.toml"));
    assertThat(java.net.URI.create(uris.get(0)).getPath()).isEqualTo("a b\\c#1%/wrangler.toml");
  }

  @Test
  void manyProblemsInOneFile_areCapped(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), """
        name = "w"
        main = "src/index.ts"
        compatibility_date = "2025-09-01"
        [[d1_databases]]
        binding = "DB"
        database_name = "db"
        database_id = "00000000-0000-4000-8000-000000000001"
        """);
    Files.createDirectories(dir.resolve("migrations"));
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/index.ts"), "export default { async fetch(r: Request, env: any) { return new Response('x'); } };\n");
    Files.writeString(dir.resolve("migrations/0001_init.sql"), "INSERT INTO missing VALUES (1);\n".repeat(2_000));
    CliRun run = CliRun.audit(dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out().lines().filter(l -> l.startsWith("migrations/0001_init.sql:"))).hasSize(21);
    assertThat(run.out()).contains("migrations/0001_init.sql:21:1: error: ... and 1980 more problems in this file");
  }

  @Test
  void longEchoedLine_isCutToAWindowAroundTheColumn(@TempDir Path dir) throws IOException {
    String padding = "x".repeat(3_000_000);
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"w\"\ncompatibility_date = \"2025-09-01\"\nnote = \"" + padding + "\" oops\n");
    CliRun run = CliRun.audit(dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out().length()).isLessThan(2_000);
    String echoed = run.out().lines().filter(l -> l.startsWith("    ...")).findFirst().orElseThrow();
    String caret = run.out().lines().dropWhile(l -> !l.equals(echoed)).skip(1).findFirst().orElseThrow();
    assertThat(echoed).endsWith("\" oops");
    assertThat(echoed.charAt(caret.length() - 1)).isEqualTo('o'); // the caret sits under "oops"
  }

  private static void assertNoControlCharacters(String output) {
    var m = CONTROL.matcher(output);
    assertThat(m.find()).as("control character at %s in:%n%s", m.hitEnd() ? -1 : m.start(), output).isFalse();
  }
}
