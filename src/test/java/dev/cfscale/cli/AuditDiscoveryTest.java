package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every config-like file is audited as what it is, or skipped with the reason; the report says which. */
class AuditDiscoveryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String QUIET = "src/test/resources/rules/workers/no-cpu-limit/quiet";
  private static final String FIRES = "src/test/resources/rules/workers/no-cpu-limit/fires";

  private static Map<String, JsonNode> inputs(String dir) throws IOException {
    JsonNode report = JSON.readTree(CliRun.audit(dir, "--format", "json").out());
    Map<String, JsonNode> byFile = new LinkedHashMap<>();
    report.get("inputs").forEach(i -> byFile.put(i.get("file").asText(), i));
    return byFile;
  }

  @Test
  void testSetups_examplesBesideRealConfigs_andLibraryFixtures_areSkippedWithTheReason() throws IOException {
    Map<String, JsonNode> inputs = inputs(QUIET);
    assertThat(inputs.get("app/tests/wrangler.jsonc").get("status").asText()).isEqualTo("skipped");
    assertThat(inputs.get("app/tests/wrangler.jsonc").get("reason").asText()).contains("test folder app/tests/");
    assertThat(inputs.get("e2e-beside-real/wrangler.e2e.jsonc").get("status").asText()).isEqualTo("skipped");
    assertThat(inputs.get("worker-lib/wrangler.test.toml").get("reason").asText()).contains("test setup");
    assertThat(inputs.get("example-beside-real/wrangler.example.toml").get("reason").asText()).contains("wrangler.toml");
    assertThat(inputs.get("library/wrangler.toml").get("reason").asText()).contains("vitest").contains("no script deploys it");
  }

  @Test
  void configlessWorkers_areAudited_andSayHowMuchCodeWasRead() throws IOException {
    Map<String, JsonNode> inputs = inputs(QUIET);
    assertThat(inputs.get("pages-site/functions").get("role").asText()).isEqualTo("Pages project without config");
    assertThat(inputs.get("pages-site/functions").get("modules").asInt()).isEqualTo(1);
    assertThat(inputs.get("dashboard-script/index.js").get("role").asText()).isEqualTo("dashboard script without config");
    assertThat(inputs.get("dashboard-script/index.js").get("modules").asInt()).isEqualTo(1);
  }

  @Test
  void examples_environmentFiles_andDeployScriptEntries_areAudited() throws IOException {
    Map<String, JsonNode> inputs = inputs(FIRES);
    assertThat(inputs.get("example-only/wrangler.example.toml").get("role").asText()).isEqualTo("example config");
    assertThat(inputs.get("e2e-only/wrangler.e2e.jsonc").get("reason").asText()).contains("end-to-end suite deploys");
    assertThat(inputs.get("environment-file/wrangler.production.jsonc").get("role").asText()).isEqualTo("environment production");
    assertThat(inputs.get("deploy-script/wrangler.toml").get("code").asText()).contains("entry src/index.ts from the deploy script");
  }

  @Test
  void exampleFindings_sayTheyAreAboutAnExample() throws IOException {
    JsonNode report = JSON.readTree(CliRun.audit(FIRES, "--format", "json").out());
    assertThat(report.get("findings")).filteredOn(f -> f.at("/location/file").asText().equals("example-only/wrangler.example.toml"))
        .isNotEmpty().allSatisfy(f -> {
          assertThat(f.get("message").asText()).contains("example config");
          assertThat(f.at("/evidence/config").asText()).contains("the only config of its folder");
        });
  }

  @Test
  void staleMain_fallsBackToPagesFunctions_andFollowsTheirImports(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"site\"\nmain = \"src/worker.ts\"\n");
    Files.createDirectories(dir.resolve("functions/api"));
    Files.createDirectories(dir.resolve("backend"));
    Files.writeString(dir.resolve("functions/api/items.ts"),
        "import { list } from \"../../backend/items\";\nexport const onRequestGet = async () => Response.json(await list());\n");
    Files.writeString(dir.resolve("backend/items.ts"), "export async function list() { return []; }\n");
    JsonNode input = inputs(dir.toString()).get("wrangler.toml");
    assertThat(input.get("code").asText()).contains("main src/worker.ts does not exist: read functions/");
    assertThat(input.get("modules").asInt()).isEqualTo(2);
  }

  /** The parser decides: a browser script that names a Worker's handlers only in comments and strings is no Worker. */
  @Test
  void scriptsNamingHandlersOnlyInCommentsOrStrings_areNoConfiglessWorkers(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("site/functions"));
    Files.writeString(dir.resolve("site/package.json"), "{}");
    Files.writeString(dir.resolve("site/functions/readme.js"), "// export const onRequest = ... goes in each route file\nexport const routes = [];\n");
    Files.createDirectories(dir.resolve("widget"));
    Files.writeString(dir.resolve("widget/index.js"), """
        // like a Worker's addEventListener("fetch", ...), but in the page
        const help = 'export default { fetch() {} }';
        window.addEventListener('fetch', () => {});
        """);
    Files.createDirectories(dir.resolve("worker"));
    Files.writeString(dir.resolve("worker/index.js"), "export default { async fetch(request) { return new Response('ok'); } };\n");
    Map<String, JsonNode> inputs = inputs(dir.toString());
    assertThat(inputs).containsKey("worker/index.js").doesNotContainKeys("widget/index.js", "site/functions");
  }

  @Test
  void pythonWorker_isNotParsedAsJavaScript_andSaysSo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"py\"\nmain = \"src/entry.py\"\ncompatibility_flags = [\"python_workers\"]\n");
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/entry.py"), "from workers import Response\n\nasync def on_fetch(request, env):\n    return Response('hi')\n");
    JsonNode report = JSON.readTree(CliRun.audit(dir.toString(), "--format", "json").out());
    assertThat(report.get("problems")).isEmpty();
    assertThat(report.get("inputs").get(0).get("code").asText()).contains("Python Worker").contains("not analysed");
  }

  @Test
  void rustWorker_isNotReadForJavaScript_andSaysSo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"rs\"\nmain = \"build/worker/shim.mjs\"\n\n[build]\ncommand = \"worker-build --release\"\n");
    Files.writeString(dir.resolve("Cargo.toml"), "[package]\nname = \"rs\"\nversion = \"0.1.0\"\n");
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/lib.rs"), "use worker::*;\n");
    Files.writeString(dir.resolve("src/helper.js"), "export default { async fetch() { return fetch('https://example.com'); } };\n");
    JsonNode report = JSON.readTree(CliRun.audit(dir.toString(), "--format", "json").out());
    assertThat(report.get("problems")).isEmpty();
    assertThat(report.get("inputs").get(0).get("code").asText()).contains("Rust Worker").contains("not analysed");
    assertThat(report.get("inputs").get(0).get("modules").asInt()).isZero();
  }

  /** A project generator's template (cargo-generate's Liquid tags) is no config: skipped with a warning, the run does not fail. */
  @Test
  void projectTemplateWithTemplateTags_isSkippedWithAWarning_andTheRunSucceeds(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("templates/hello"));
    Files.writeString(dir.resolve("templates/hello/wrangler.toml"),
        "name = \"{{project-name}}\"\nmain = \"src/index.ts\"\ncompatibility_date = \"{{ \"now\" | date: \"%Y-%m-%d\" }}\"\n");
    Files.createDirectories(dir.resolve("app/src"));
    Files.writeString(dir.resolve("app/wrangler.toml"), "name = \"app\"\nmain = \"src/index.ts\"\n");
    Files.writeString(dir.resolve("app/src/index.ts"), "export default { async fetch() { return new Response('ok'); } };\n");
    CliRun run = CliRun.audit(dir.toString(), "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("problems")).singleElement().satisfies(p -> {
      assertThat(p.get("level").asText()).isEqualTo("warning");
      assertThat(p.get("message").asText()).contains("project template not audited");
    });
    Map<String, JsonNode> inputs = new LinkedHashMap<>();
    report.get("inputs").forEach(i -> inputs.put(i.get("file").asText(), i));
    assertThat(inputs.get("templates/hello/wrangler.toml").get("status").asText()).isEqualTo("skipped");
    assertThat(inputs.get("app/wrangler.toml").get("status").asText()).isEqualTo("audited");
  }

  /** A config that is simply broken still fails the run (exit 2) with its position. */
  @Test
  void brokenConfigWithoutTemplateTags_isStillAnError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"app\"\nmain = src/index.ts\n");
    CliRun run = CliRun.audit(dir.toString(), "--format", "json");
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void dashboardScript_bindingTypesAreInferredOnlyFromCallsOneTypeHas(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("worker.js"), """
        export default {
          async fetch(request, env) {
            const ids = (await request.json()).ids;
            const rows = [];
            for (const id of ids) {
              rows.push(await env.DB.prepare("SELECT name FROM items WHERE id = ?").bind(id).first());
            }
            await env.CACHE.put("last", JSON.stringify(rows), { expirationTtl: 60 });
            const file = await env.FILES.get("x");
            return Response.json({ rows, file: file !== null });
          },
        };
        """);
    JsonNode report = JSON.readTree(CliRun.audit(dir.toString(), "--format", "json").out());
    JsonNode input = report.get("inputs").get(0);
    assertThat(input.get("role").asText()).isEqualTo("dashboard script without config");
    assertThat(input.get("reason").asText()).contains("DB (D1 Database)").contains("CACHE (KV Namespace)").doesNotContain("FILES");
    assertThat(report.get("findings").findValuesAsText("ruleId")).contains("d1/query-in-loop")
        .doesNotContain("workers/no-cpu-limit", "workers/observability-disabled");
  }

  /** A Worker whose config is generated or kept out of version control: its package.json deploys it, so it is audited. */
  @Test
  void workerDeployedByPackageScripts_withoutItsConfig_isAuditedFromItsEntry(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("bot/src/store"));
    Files.writeString(dir.resolve("bot/package.json"), """
        { "scripts": { "dev": "wrangler dev src/main.ts", "deploy": "wrangler deploy --minify src/main.ts" } }
        """);
    Files.writeString(dir.resolve("bot/src/main.ts"), """
        import { Hono } from "hono";
        import { saveAll } from "./store/notes";
        const app = new Hono<{ Bindings: { NOTES: D1Database } }>();
        app.post("/notes", async (c) => c.json(await saveAll(c.env.NOTES, await c.req.json())));
        export default app;
        """);
    Files.writeString(dir.resolve("bot/src/store/notes.ts"), """
        export async function saveAll(db: D1Database, notes: { id: string; text: string }[]) {
          for (const note of notes) {
            await db.prepare("INSERT INTO notes (id, text) VALUES (?, ?)").bind(note.id, note.text).run();
          }
          return notes.length;
        }
        """);
    Files.createDirectories(dir.resolve("api/src"));
    Files.writeString(dir.resolve("api/package.json"), "{ \"scripts\": { \"deploy\": \"wrangler deploy --env production\" } }");
    Files.writeString(dir.resolve("api/src/index.ts"), "export default { async fetch() { return new Response('ok'); } };\n");
    JsonNode report = JSON.readTree(CliRun.audit(dir.toString(), "--format", "json").out());
    Map<String, JsonNode> inputs = new LinkedHashMap<>();
    report.get("inputs").forEach(i -> inputs.put(i.get("file").asText(), i));
    assertThat(inputs.get("bot/src/main.ts").get("role").asText()).isEqualTo("Worker its package.json deploys, config not in the repository");
    assertThat(inputs.get("bot/src/main.ts").get("reason").asText()).contains("NOTES (D1 Database)");
    assertThat(inputs.get("bot/src/main.ts").get("modules").asInt()).isEqualTo(2);
    assertThat(inputs).containsKey("api/src/index.ts");
    assertThat(report.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("d1/query-in-loop");
      assertThat(f.at("/location/file").asText()).isEqualTo("bot/src/store/notes.ts");
    });
    assertThat(report.get("findings").findValuesAsText("ruleId")).doesNotContain("workers/no-cpu-limit", "workers/observability-disabled");
  }

  /** Scripts that deploy Pages, another folder, or a config that exists say nothing about a config-less Worker here. */
  @Test
  void packageScriptsDeployingPagesAnotherFolderOrAnExistingConfig_addNoWorker(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("apps/api/src"));
    Files.writeString(dir.resolve("apps/api/wrangler.toml"), "name = \"api\"\nmain = \"src/index.ts\"\n");
    Files.writeString(dir.resolve("apps/api/src/index.ts"), "export default { async fetch() { return new Response('ok'); } };\n");
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/index.ts"), "export default { async fetch() { return new Response('root'); } };\n");
    Files.writeString(dir.resolve("package.json"), """
        { "scripts": { "deploy": "wrangler deploy --config apps/api/wrangler.toml", "deploy:api": "cd apps/api && wrangler deploy" } }
        """);
    Files.createDirectories(dir.resolve("site/src"));
    Files.writeString(dir.resolve("site/package.json"), "{ \"scripts\": { \"deploy\": \"wrangler pages deploy dist\" } }");
    Files.writeString(dir.resolve("site/src/index.ts"), "export const title = 'site';\n");
    Files.createDirectories(dir.resolve("tool"));
    Files.writeString(dir.resolve("tool/package.json"), "{ \"scripts\": { \"deploy\": \"wrangler deploy\" } }");
    Map<String, JsonNode> inputs = inputs(dir.toString());
    assertThat(inputs).containsOnlyKeys("apps/api/wrangler.toml");
  }

  @Test
  void mainCopiedIntoPlaceByABuildScript_isReadFromTheWorkspacePackageSources(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"bot\"\nmain = \"./dist/index.js\"\n");
    Files.writeString(dir.resolve("package.json"),
        "{ \"scripts\": { \"build:dist\": \"pnpm -r build && cp -r packages/app/dist/index.js dist/\", \"deploy\": \"wrangler deploy\" } }");
    Files.createDirectories(dir.resolve("packages/app/src"));
    Files.writeString(dir.resolve("packages/app/src/index.ts"), "import { handle } from \"./handler\";\nexport default { fetch: handle };\n");
    Files.writeString(dir.resolve("packages/app/src/handler.ts"), "export async function handle() { return new Response(\"ok\"); }\n");
    JsonNode input = inputs(dir.toString()).get("wrangler.toml");
    assertThat(input.get("code").asText()).contains("copied from packages/app/dist/index.js").contains("packages/app/src/index.ts");
    assertThat(input.get("modules").asInt()).isEqualTo(2);
  }

  @Test
  void ciVariant_withTheRealBindings_resolvesTheCodeTheMainConfigLeavesUnbound(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), """
        name = "links"
        main = "src/index.ts"
        # [[kv_namespaces]]
        # binding = "LINKS"
        # id = "<fill in>"
        """);
    Files.writeString(dir.resolve("wrangler-action.toml"), """
        name = "links"
        main = "src/index.ts"
        kv_namespaces = [{ binding = "LINKS", id = "0f2ac74b498b48028cb68387c421e279" }]
        """);
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/index.ts"), """
        export default {
          async fetch(_request: Request, env: { LINKS: KVNamespace }): Promise<Response> {
            return Response.json(await env.LINKS.list());
          },
        };
        """);
    JsonNode report = JSON.readTree(CliRun.audit(dir.toString(), "--format", "json").out());
    assertThat(report.get("inputs").findValuesAsText("role")).contains("config", "variant config");
    assertThat(report.get("findings")).filteredOn(f -> f.get("ruleId").asText().equals("kv/list-on-request-path"))
        .singleElement().satisfies(f -> assertThat(f.at("/location/file").asText()).isEqualTo("src/index.ts"));
  }

  @Test
  void aConfiguredWorkersOwnFunctionsFolder_isNotAnotherPagesProject(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"api\"\nmain = \"src/index.ts\"\n");
    Files.createDirectories(dir.resolve("src/functions"));
    Files.writeString(dir.resolve("src/index.ts"), "import { onRequest } from \"./functions/hello\";\nexport default { fetch: onRequest };\n");
    Files.writeString(dir.resolve("src/functions/hello.ts"), "export const onRequest = async () => new Response(\"hi\");\n");
    assertThat(inputs(dir.toString()).keySet()).containsExactly("wrangler.toml");
  }
}
