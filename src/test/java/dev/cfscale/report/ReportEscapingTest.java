package dev.cfscale.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project whose names, routes, keys and SQL carry markup, quotes, {@code </script>} and ANSI escapes: every string
 * from it is printed as text in the HTML page (body, attributes, SVG), in the audit page and in the Markdown.
 */
class ReportEscapingTest {
  private static final String ESC = "\u001b";
  private static final String SCRIPT = "</script><script>alert(1)</script>";
  private static final String IMG = "\"><img src=x onerror=alert(2)>";
  private static final String ANSI = ESC + "[31mred" + ESC + "[0m";
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
  private static Path project;

  @BeforeAll
  static void hostileProject(@TempDir Path dir) throws Exception {
    project = dir.resolve("evil\"'<marquee>project");
    Files.createDirectories(project.resolve("src"));
    Files.createDirectories(project.resolve("migrations"));
    Files.writeString(project.resolve("wrangler.toml"), """
        name = "evil-worker"
        main = "src/we\\"ird<marquee>'.ts"
        compatibility_date = "2025-09-15"

        [[kv_namespaces]]
        binding = "CACHE"
        id = "0f2c1d6e9a8b4c7d8e9f0a1b2c3d4e5f"

        [[d1_databases]]
        binding = "DB"
        database_name = "db-</script><script>alert(3)</script>"
        database_id = "00000000-0000-4000-8000-000000000001"
        """);
    Files.writeString(project.resolve("migrations/0001_init.sql"), "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, tag TEXT);\n");
    Files.writeString(project.resolve("src/we\"ird<marquee>'.ts"), """
        import { Hono } from "hono";
        type Env = { CACHE: KVNamespace; DB: D1Database };
        const app = new Hono<{ Bindings: Env }>();
        app.get("/x%s", async (c) => {
          await c.env.CACHE.put('%s', String(Date.now()));
          const { results } = await c.env.DB.prepare("SELECT * FROM notes WHERE tag = '%s' AND body LIKE '%%%s'").all();
          return c.json(results);
        });
        export default app;
        """.formatted(SCRIPT, IMG, SCRIPT.replace("alert(1)", "alert(4)"), ANSI));
  }

  @Test
  void htmlGuide_printsProjectStringsAsText() {
    String html = ReportRun.of(project, "html");
    assertThat(html).doesNotContain(ESC);
    Document page = Jsoup.parse(html);
    assertSafe(page);
    assertThat(page.title()).contains("evil\"'<marquee>project");
    assertThat(page.body().text()).contains("/x" + SCRIPT).contains("db-</script><script>alert(3)</script>");
    // the constant key is in the capacity table and, escaped by the SVG helper, in the chart's tooltips
    assertThat(page.select("#limits td").eachText()).anyMatch(t -> t.contains(IMG));
    assertThat(page.select("svg title").eachText()).anyMatch(t -> t.contains(IMG));
  }

  @Test
  void auditPage_printsProjectStringsAsText() {
    CliRun run = CliRun.audit(project.toString(), "--format", "html");
    assertThat(run.out()).doesNotContain(ESC);
    Document page = Jsoup.parse(run.out());
    assertSafe(page);
    assertThat(page.select("details.finding summary").eachText()).anyMatch(t -> t.contains("we\"ird<marquee>'.ts"));
  }

  private static void assertSafe(Document page) {
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("script").first().data()).doesNotContain("alert(");
    assertThat(page.select("img, marquee, iframe, object")).isEmpty();
    for (Element e : page.getAllElements()) {
      assertThat(e.attributes().asList()).noneMatch(a -> a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"));
    }
  }

  @Test
  void markdownGuide_keepsMarkupInCodeOrEscaped() {
    String md = ReportRun.of(project, "md");
    assertThat(md).doesNotContain(ESC);
    for (String line : md.lines().toList()) {
      String outsideCode = CODE_SPAN.matcher(line).replaceAll("");
      assertThat(outsideCode).as(line).doesNotContain("<script").doesNotContain("<img").doesNotContain("<marquee").doesNotContain("](");
    }
    assertThat(md).contains("&lt;marquee&gt;");
  }
}
