package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cfscale.CliRun;
import dev.cfscale.parse.config.ConfigFileReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cfscale reads only regular files of the project it audits: a link (to a credentials file, to
 * {@code /dev/zero}), a device, a pipe, an oversized file, and paths that resolve outside the scanned folder
 * ({@code main = "../outside/index.ts"}, a {@code migrations_dir} outside) are refused with a problem
 * naming the file, never read, never a hang or an out-of-memory.
 */
class ProjectBoundaryTest {
  private static final String KV_HANDLER = "export default { async fetch(req: Request, env: any) {"
      + " await env.KV.put('k', 'v'); return new Response('ok'); } };\n";

  @TempDir
  Path temp;

  private Path project() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("project"));
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/index.ts"), KV_HANDLER);
    return dir;
  }

  private static String config(String extra) {
    return "name = \"w\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-01-01\"\n" + extra
        + "[[kv_namespaces]]\nbinding = \"KV\"\nid = \"abc\"\n";
  }

  @Test
  void configLinkedToAFileOutside_isRefused_andNothingOfItIsPrinted() throws IOException {
    Path dir = project();
    Path secret = Files.writeString(temp.resolve(".npmrc"), "//registry.npmjs.org/:_authToken=npm_SECRETTOKENVALUE\n");
    Files.createSymbolicLink(dir.resolve("wrangler.toml"), secret);
    CliRun run = CliRun.audit(dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).contains("wrangler.toml:1:1: error: is a symbolic link");
    assertThat(run.all()).doesNotContain("SECRETTOKENVALUE").doesNotContain("Exception");
  }

  @Test
  void configThatIsADevice_isRefused_notReadForever() throws IOException {
    Path dir = project();
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    CliRun run = CliRun.audit(dir.toString(), "--config", "/dev/zero");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.all()).contains("is not a regular file").doesNotContain("OutOfMemory");
  }

  @Test
  void configThatIsAPipe_isRefused_withoutBlocking() throws IOException, InterruptedException {
    Path dir = project();
    Path fifo = dir.resolve("wrangler.toml");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "mkfifo is available");
    CliRun run = CliRun.audit(dir.toString(), "--config", fifo.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.all()).contains("is not a regular file");
  }

  @Test
  void configLargerThanTheCap_isRefusedBySize() throws IOException {
    Path dir = project();
    try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("wrangler.toml").toFile(), "rw")) {
      huge.setLength(ConfigFileReader.MAX_CONFIG_BYTES + 1);
    }
    CliRun run = CliRun.audit(dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).contains("wrangler.toml:1:1: error: file is " + (ConfigFileReader.MAX_CONFIG_BYTES + 1) + " bytes");
  }

  @Test
  void mainOutsideTheScannedFolder_isRefusedWithAProblem() throws IOException {
    Path dir = project();
    Files.createDirectories(temp.resolve("outside"));
    Files.writeString(temp.resolve("outside/index.ts"), KV_HANDLER);
    Files.writeString(dir.resolve("wrangler.toml"), config("").replace("src/index.ts", "../outside/index.ts"));
    CliRun run = CliRun.audit(dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).contains("wrangler.toml:1:1: error: main ../outside/index.ts is outside the scanned folder");
    assertThat(CliRun.of("inspect", dir.toString()).out()).doesNotContain("KV put");
  }

  @Test
  void sourceLinkedOutside_isNotRead() throws IOException {
    Path dir = project();
    Files.writeString(temp.resolve("elsewhere.ts"), KV_HANDLER);
    Files.delete(dir.resolve("src/index.ts"));
    Files.createSymbolicLink(dir.resolve("src/index.ts"), temp.resolve("elsewhere.ts"));
    Files.writeString(dir.resolve("wrangler.toml"), config(""));
    CliRun inspect = CliRun.of("inspect", dir.toString());
    assertThat(inspect.out()).doesNotContain("KV put");
  }

  /** An import that leads outside the scanned folder, by a relative path or a tsconfig alias, is not followed. */
  @Test
  void importsLeadingOutside_areNotRead() throws IOException {
    String store = "export async function save(env: any) { await env.KV.put('k', 'v'); }\n";
    String handler = "import { save } from '../../outside/store';\nimport { save as again } from '@out/store';\n"
        + "export default { async fetch(req: Request, env: any) { await save(env); await again(env); return new Response('ok'); } };\n";
    Path dir = project();
    Files.writeString(dir.resolve("src/index.ts"), handler);
    Files.writeString(dir.resolve("wrangler.toml"), config(""));
    Files.writeString(dir.resolve("tsconfig.json"), "{ \"compilerOptions\": { \"paths\": { \"@out/*\": [\"../outside/*\"] } } }");
    Files.createDirectories(temp.resolve("outside"));
    Files.writeString(temp.resolve("outside/store.ts"), store);
    assertThat(CliRun.of("inspect", dir.toString()).out()).doesNotContain("KV put").doesNotContain("outside/store");
  }

  /** A {@code #} subpath import is mapped only by package.json files inside the scanned folder, to files inside it. */
  @Test
  void subpathImportMappedOutside_isNotRead_insideIs() throws IOException {
    String store = "export async function save(env: any) { await env.KV.put('k', 'v'); }\n";
    String handler = "import { save } from '#/store';\nexport default { async fetch(req: Request, env: any) {"
        + " await save(env); return new Response('ok'); } };\n";
    Path dir = project();
    Files.writeString(dir.resolve("src/index.ts"), handler);
    Files.writeString(dir.resolve("wrangler.toml"), config(""));
    Files.writeString(temp.resolve("package.json"), "{ \"imports\": { \"#/*\": \"./outside/*.ts\" } }");
    Files.createDirectories(temp.resolve("outside"));
    Files.writeString(temp.resolve("outside/store.ts"), store);
    assertThat(CliRun.of("inspect", dir.toString()).out()).doesNotContain("KV put");

    Files.writeString(dir.resolve("package.json"), "{ \"imports\": { \"#/*\": \"./lib/*.ts\" } }");
    Files.createDirectories(dir.resolve("lib"));
    Files.writeString(dir.resolve("lib/store.ts"), store);
    assertThat(CliRun.of("inspect", dir.toString()).out()).contains("KV put");
  }

  /**
   * A folder given as a relative path ({@code cfscale audit .}) reads a module once when a subpath import and a relative
   * import both reach it ({@code #/lib} from a route, {@code export * from "./lib"} in the package's index), so the
   * barrel's {@code export * from "./store"} is linked and the route reaches the store.
   */
  @Test
  void moduleReachedBySubpathAndRelativeImports_fromARelativeFolder_isReadOnce() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("monorepo"));
    Files.writeString(dir.resolve("wrangler.toml"), config("").replace("src/index.ts", "packages/app/src/index.ts"));
    Files.writeString(dir.resolve("package.json"), "{ \"private\": true, \"workspaces\": [\"packages/*\"] }");
    Path app = Files.createDirectories(dir.resolve("packages/app/src"));
    Files.writeString(app.resolve("../package.json"), "{ \"name\": \"@x/app\" }");
    Files.writeString(app.resolve("index.ts"), "import { handle } from '@x/core';\n"
        + "export default { async fetch(req: Request, env: any) { return handle(env); } };\n");
    Path core = Files.createDirectories(dir.resolve("packages/core/src/lib"));
    Files.writeString(dir.resolve("packages/core/package.json"),
        "{ \"name\": \"@x/core\", \"main\": \"./src/index.ts\", \"imports\": { \"#/*\": \"./src/*\" } }");
    Files.writeString(dir.resolve("packages/core/src/index.ts"), "export * from './route';\nexport * from './lib';\n");
    Files.writeString(dir.resolve("packages/core/src/route.ts"),
        "import { save } from '#/lib';\nexport async function handle(env: any) { await save(env); return new Response('ok'); }\n");
    Files.writeString(core.resolve("index.ts"), "export * from './store';\n");
    Files.writeString(core.resolve("store.ts"), "export async function save(env: any) { await env.KV.put('k', 'v'); }\n");
    String out = CliRun.of("inspect", Path.of("").toAbsolutePath().relativize(dir).toString()).out();
    assertThat(out).contains("5 modules").contains("KV put").doesNotContain("reachedFrom=[]");
  }

  @Test
  void migrationsDirOutside_isRefused_perFile() throws IOException {
    Path dir = project();
    Path outside = Files.createDirectories(temp.resolve("outside-migrations"));
    Files.writeString(outside.resolve("0001_init.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n");
    Files.writeString(dir.resolve("wrangler.toml"), config("[[d1_databases]]\nbinding = \"DB\"\ndatabase_name = \"db\"\n"
        + "database_id = \"x\"\nmigrations_dir = \"../outside-migrations\"\n"));
    CliRun run = CliRun.audit(dir.toString());
    assertThat(run.out()).contains("0001_init.sql:1:1: error: cannot read migration: is outside the scanned folder");
  }
}
