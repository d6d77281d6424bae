package dev.cfscale.analysis.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.CliRun;
import dev.cfscale.cli.ExitCode;
import org.junit.jupiter.api.Test;

/**
 * The engine on unusual but valid syntax (decorators, enums, namespaces, private fields, optional
 * calls, computed members, spread arguments, namespace and default imports, TSX, Pages Functions)
 * and on a file that does not parse: no crash, the operations found, the broken file reported.
 */
class CodeAnalyzerTest {
  private static final String PROJECT = "src/test/resources/inputs/code-shapes";

  @Test
  void unusualSyntax_isAnalysed_andOperationsAreFound() {
    CliRun run = CliRun.of("inspect", PROJECT);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("src/index.ts:22:30 KV get key=CONSTANT:\"a\" awaited")          // env.KV?.get("a")
        .contains("KV get key=TEMPLATE:`b:${request.url}`")                         // env["KV"].get(...)
        .contains("DB first sql=\"SELECT 1\"")                                       // (stmt as D1PreparedStatement).first()
        .contains("DB all sql=\"SELECT 2\"")                                         // const { DB: database } = env
        .contains("src/utils.ts:1:50 KV put key=CONSTANT:\"x\"")                    // utils.helper(env), namespace import
        .contains("src/utils.ts:3:52 KV delete")                                     // anonymous default export
        .contains("entry durable object fetch Room.fetch");
    assertThat(run.out()).doesNotContain("reachedFrom=[]");
  }

  @Test
  void fileThatDoesNotParse_isReportedWithPosition_andTheRestIsAnalysed() {
    CliRun run = CliRun.audit(PROJECT);
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).contains("src/broken.ts:3:3: error: SyntaxError: Expected ','");
    assertThat(CliRun.of("inspect", PROJECT).out()).contains("KV list");
    assertThat(run.all()).doesNotContain("Exception");
  }

  @Test
  void valuesFlowThroughObjectLiteralsSpreadsAndHelperParameters() {
    CliRun run = CliRun.of("inspect", "src/test/resources/inputs/code-values");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("src/index.ts:7:34 DB prepare key=CONSTANT:\"SELECT id FROM links WHERE slug = ?\"")  // { ...env }.DB, Q.bySlug
        .contains("src/index.ts:9:33 DB prepare key=CONSTANT:\"SELECT id FROM links ORDER BY id DESC LIMIT 5\"") // const { recent } = Q
        // one query helper, two callers: each SQL text is analysed
        .contains("src/helpers.ts:2:17 DB prepare sql=\"SELECT COUNT(*) FROM links\"")
        .contains("src/helpers.ts:2:17 DB prepare sql=\"SELECT id FROM links WHERE owner = ?\"")
        // "flag" from one caller, a header from the other: the key is not a constant
        .contains("src/helpers.ts:6:13 KV get key=DYNAMIC:key");
  }

  @Test
  void moduleSingletonsSetLaterAndObjectLiteralMethods_areFollowed() {
    CliRun run = CliRun.of("inspect", "src/test/resources/inputs/module-singletons");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        // let database = null, set by useDatabase(env); a method of an exported object literal prepares the caller's SQL
        .contains("src/db.ts:12:21 DB prepare sql=\"SELECT id, title FROM tickets WHERE owner = ?\"")
        // the same method called by a sibling method of the object
        .contains("src/db.ts:12:21 DB prepare sql=\"SELECT id, title FROM tickets WHERE state = 'open' LIMIT 50\"")
        // if (!sessions) sessions = env.SESSIONS; return sessions
        .contains("src/index.ts:10:45 SESSIONS get key=TEMPLATE:`session:${id}`")
        // a function's own let of the same name, set to another binding, hides the module's
        .contains("src/sessions.ts:13:19 ARCHIVE get key=TEMPLATE:`archived:${id}`")
        .doesNotContain("SESSIONS get key=TEMPLATE:`archived:");
  }

  @Test
  void serviceClasses_baseClassGettersFieldsAndMethodReturns_areFollowed() {
    CliRun run = CliRun.of("inspect", "src/test/resources/inputs/service-classes");
    assertThat(run.out())
        // this.db: a getter of the base class over a field its constructor set from a factory's instance
        .contains("src/services/sites.ts:6:102 DB first sql=\"SELECT id, owner_id, plan FROM sites WHERE hostname = ?\" reachedFrom=[fetch handler]")
        // this.env: a field of the base class
        .contains("src/services/sites.ts:15:28 VISITS put key=TEMPLATE:`visits:${hostname}` waitUntil reachedFrom=[fetch handler]")
        // a method returning a bound statement, run by another class
        .contains("src/services/dashboard.ts:11:40 DB all sql=\"SELECT id, hostname FROM sites WHERE owner_id = ? LIMIT 20\" reachedFrom=[fetch handler]")
        // fn.call(thisArg, ...) and fn.apply(thisArg, [...])
        .contains("src/audit.ts:5:16 AUDIT put key=TEMPLATE:`audit:${hostname}` reachedFrom=[fetch handler]")
        .contains("src/audit.ts:9:16 AUDIT get key=TEMPLATE:`lookup:${hostname}` reachedFrom=[fetch handler]")
        // two callers, two namespaces: the earliest call site's (src/audit.ts) is kept, in every run
        .contains("src/counters.ts:4:16 AUDIT put");
    assertThat(CliRun.audit("src/test/resources/inputs/service-classes").out())
        .contains("d1/full-table-scan").contains("CREATE INDEX IF NOT EXISTS idx_sites_hostname ON sites (hostname)");
  }

  @Test
  void handlersWrappedOrBuiltByAFactory_areEntries() {
    assertThat(CliRun.of("inspect", "src/test/resources/inputs/wrapped-handlers").out())
        .contains("entry fetch handler at src/worker.ts").contains("entry scheduled handler at src/worker.ts")
        .contains("FLAGS get key=TEMPLATE:`${prefix}:${new URL(request.url).pathname}` awaited reachedFrom=[fetch handler]");
    assertThat(CliRun.of("inspect", "src/test/resources/inputs/wrapped-object").out())
        .contains("entry fetch handler at src/index.ts").contains("reachedFrom=[fetch handler]");
  }

  @Test
  void mainInUnbuiltOutput_readsAppFolder_andFindsRouteHandlers() {
    // OpenNext: main is .open-next/worker.js, absent in a checkout; the routes live under app/
    CliRun run = CliRun.of("inspect", "src/test/resources/inputs/next-on-workers");
    assertThat(run.out()).contains("entry route GET app/api/posts/route.ts")
        .contains("app/api/posts/route.ts:5:36 DB prepare")
        .contains("reachedFrom=[route GET app/api/posts/route.ts]");
  }

  @Test
  void monorepoWorkspacePackages_areFollowedToTheirSource() {
    // @acme/db's main points at unbuilt dist/ (read from src/), @acme/db/users via "exports", @acme/cache via main
    String project = "src/test/resources/inputs/workspace-monorepo";
    assertThat(CliRun.of("inspect", project).out())
        .contains("packages/db/src/index.ts:3:13 DB prepare")
        .contains("packages/db/src/users.ts:2:12 SESSIONS put key=TEMPLATE:`seen:${id}`")
        .contains("packages/cache/index.ts:3:12 SESSIONS put key=CONSTANT:\"global-counter\" awaited reachedFrom=[fetch handler]");
    assertThat(CliRun.audit(project).out()).contains("kv/constant-key-write").contains("d1/full-table-scan");
  }

  @Test
  void honoBasePath_prefixesRouteNames_andHandlersImportedFromModulesAreEntries() {
    CliRun run = CliRun.of("inspect", "src/test/resources/inputs/hono-basepath");
    assertThat(run.out()).contains("entry route POST /api/hits").contains("entry route GET /api/keys")
        .contains("src/handlers/counter.ts:8:35 KV list awaited reachedFrom=[route GET /api/keys]");
    // a router mounted on a router mounted on the /api app: both mount paths and the base path compose
    assertThat(run.out()).contains("entry route GET /api/v1/stats").contains("entry route POST /api/v1/stats/summary")
        .contains("AI run key=CONSTANT:\"@cf/meta/llama-3-8b-instruct\"");
  }

  @Test
  void nuxtServerRoutes_areRequestEntries() {
    // Nitro: main is unbuilt .output/; server/api/*.ts export default defineEventHandler(...)
    CliRun run = CliRun.of("inspect", "src/test/resources/inputs/nuxt-nitro");
    assertThat(run.out()).contains("entry route handler server/api/views.post.ts")
        .contains("server/api/views.post.ts:4:16 KV put key=CONSTANT:\"views\" awaited reachedFrom=[route handler server/api/views.post.ts]");
    assertThat(CliRun.audit("src/test/resources/inputs/nuxt-nitro").out()).contains("kv/constant-key-write").contains("kv/list-on-request-path");
  }
}
