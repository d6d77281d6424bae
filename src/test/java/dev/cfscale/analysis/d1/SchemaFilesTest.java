package dev.cfscale.analysis.d1;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a D1 binding's schema is found when it is not beside the config. */
class SchemaFilesTest {

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void repositoryLevelSchema_isFoundFromAWorkerFolder(@TempDir Path repo) throws IOException {
    Path schema = write(repo.resolve("db/schema.sql"), "CREATE TABLE t (id INTEGER);");
    Path worker = Files.createDirectories(repo.resolve("apps/api"));
    assertThat(new SchemaFiles().find(worker, Optional.empty(), repo, Set.of())).containsExactly(schema);
  }

  @Test
  void drizzleKitOutput_isReadFromTheConfig(@TempDir Path repo) throws IOException {
    write(repo.resolve("drizzle.config.ts"), "export default defineConfig({ schema: './src/schema.ts', out: './generated/sql' });");
    Path migration = write(repo.resolve("generated/sql/0000_init.sql"), "CREATE TABLE t (id INTEGER);");
    assertThat(new SchemaFiles().find(repo, Optional.empty(), repo, Set.of())).containsExactly(migration);
  }

  @Test
  void drizzleKitOutput_ofAnExportedConstAndOfJson(@TempDir Path repo) throws IOException {
    assertThat(SchemaFiles.outOptions("drizzle.config.ts", """
        import type { Config } from "drizzle-kit";
        const config: Config = { out: "./src/drizzle", schema: "./src/schema.ts" };
        export default config satisfies Config;
        """)).containsExactly("./src/drizzle");
    assertThat(SchemaFiles.outOptions("drizzle.config.json", "{ \"schema\": \"./s.ts\", \"out\": \"./sql\" }")).containsExactly("./sql");
  }

  @Test
  void drizzleKitOutput_ofAConditionalExport_isEachBranch(@TempDir Path repo) throws IOException {
    assertThat(SchemaFiles.outOptions("drizzle.config.ts", """
        const remote = { out: "./migrations/remote" };
        const local = { out: "./migrations/local" };
        export default process.env.REMOTE ? remote : local;
        """)).containsExactly("./migrations/remote", "./migrations/local");
  }

  /** The regex this replaced took the first {@code out:} anywhere: in a comment, or in a nested option. */
  @Test
  void drizzleKitOutput_inACommentOrANestedOption_isNotTheOutput(@TempDir Path repo) throws IOException {
    write(repo.resolve("drizzle.config.ts"), """
        // out: './old/sql' was moved
        export default defineConfig({ dbCredentials: { out: './creds' }, out: './generated/sql' });
        """);
    write(repo.resolve("old/sql/0000_old.sql"), "CREATE TABLE old (id INTEGER);");
    write(repo.resolve("creds/0000_x.sql"), "CREATE TABLE x (id INTEGER);");
    Path migration = write(repo.resolve("generated/sql/0000_init.sql"), "CREATE TABLE t (id INTEGER);");
    assertThat(new SchemaFiles().find(repo, Optional.empty(), repo, Set.of())).containsExactly(migration);
  }

  @Test
  void computedDrizzleKitOutput_namesNoFolder(@TempDir Path repo) throws IOException {
    assertThat(SchemaFiles.outOptions("drizzle.config.ts", "export default defineConfig({ out: process.env.OUT ?? './sql' });")).isEmpty();
  }

  @Test
  void nuxtHubMigrations_areFound(@TempDir Path repo) throws IOException {
    Path migration = write(repo.resolve("server/database/migrations/0000_init.sql"), "CREATE TABLE t (id INTEGER);");
    assertThat(new SchemaFiles().find(repo, Optional.empty(), repo, Set.of())).containsExactly(migration);
  }

  @Test
  void siblingPackage_isChosenByTheTablesTheCodeQueries(@TempDir Path repo) throws IOException {
    write(repo.resolve("packages/auth/migrations/0001.sql"), "CREATE TABLE sessions (id TEXT);");
    Path orders = write(repo.resolve("packages/db/migrations/0001.sql"), "CREATE TABLE orders (id TEXT); CREATE TABLE items (id TEXT);");
    Path worker = Files.createDirectories(repo.resolve("apps/api"));
    assertThat(new SchemaFiles().find(worker, Optional.empty(), repo, Set.of("orders", "items"))).containsExactly(orders);
    assertThat(new SchemaFiles().find(worker, Optional.empty(), repo, Set.of("invoices"))).isEmpty();
  }

  @Test
  void configFolderMigrations_comeBeforeAnythingAbove(@TempDir Path repo) throws IOException {
    write(repo.resolve("db/schema.sql"), "CREATE TABLE t (id INTEGER);");
    Path own = write(repo.resolve("apps/api/migrations/0001.sql"), "CREATE TABLE u (id INTEGER);");
    assertThat(new SchemaFiles().find(repo.resolve("apps/api"), Optional.empty(), repo, Set.of())).containsExactly(own);
  }

  @Test
  void additiveMigrations_comeAfterTheBaseSchemaThatCreatesWhatTheyUse(@TempDir Path repo) throws IOException {
    Path base = write(repo.resolve("schema.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);");
    Path sessions = write(repo.resolve("migrations/0001_sessions.sql"),
        "CREATE TABLE sessions (id TEXT, user_id INTEGER REFERENCES users(id));");
    Path plan = write(repo.resolve("migrations/0002_plan.sql"), "-- plans\nALTER TABLE \"users\" ADD COLUMN plan TEXT;");
    assertThat(new SchemaFiles().find(repo, Optional.empty(), repo, Set.of())).containsExactly(base, sessions, plan);
  }

  @Test
  void migrationsThatCreateEverythingTheyUse_leaveADumpBesideThemUnread(@TempDir Path repo) throws IOException {
    write(repo.resolve("schema.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);");
    Path init = write(repo.resolve("migrations/0001_init.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n"
        + "CREATE TABLE sessions (id TEXT, user_id INTEGER REFERENCES users(id));\nCREATE INDEX s_user ON sessions(user_id);");
    assertThat(new SchemaFiles().find(repo, Optional.empty(), repo, Set.of())).containsExactly(init);
  }

  @Test
  void siblingPackage_countsTheTablesSqliteLeaves_notCommentedOrDroppedOnes(@TempDir Path repo) throws IOException {
    write(repo.resolve("packages/old/migrations/0001.sql"), "-- CREATE TABLE orders (id TEXT);\nCREATE TABLE items (id TEXT);\n"
        + "CREATE TABLE invoices (id TEXT);\nDROP TABLE invoices;");
    Path db = write(repo.resolve("packages/db/migrations/0001.sql"), "CREATE TABLE orders (id TEXT);");
    Path worker = Files.createDirectories(repo.resolve("apps/api"));
    assertThat(new SchemaFiles().find(worker, Optional.empty(), repo, Set.of("orders", "invoices"))).containsExactly(db);
  }
}
