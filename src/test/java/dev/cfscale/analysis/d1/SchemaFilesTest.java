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
    assertThat(SchemaFiles.find(worker, Optional.empty(), repo, Set.of())).containsExactly(schema);
  }

  @Test
  void drizzleKitOutput_isReadFromTheConfig(@TempDir Path repo) throws IOException {
    write(repo.resolve("drizzle.config.ts"), "export default defineConfig({ schema: './src/schema.ts', out: './generated/sql' });");
    Path migration = write(repo.resolve("generated/sql/0000_init.sql"), "CREATE TABLE t (id INTEGER);");
    assertThat(SchemaFiles.find(repo, Optional.empty(), repo, Set.of())).containsExactly(migration);
  }

  @Test
  void nuxtHubMigrations_areFound(@TempDir Path repo) throws IOException {
    Path migration = write(repo.resolve("server/database/migrations/0000_init.sql"), "CREATE TABLE t (id INTEGER);");
    assertThat(SchemaFiles.find(repo, Optional.empty(), repo, Set.of())).containsExactly(migration);
  }

  @Test
  void siblingPackage_isChosenByTheTablesTheCodeQueries(@TempDir Path repo) throws IOException {
    write(repo.resolve("packages/auth/migrations/0001.sql"), "CREATE TABLE sessions (id TEXT);");
    Path orders = write(repo.resolve("packages/db/migrations/0001.sql"), "CREATE TABLE orders (id TEXT); CREATE TABLE items (id TEXT);");
    Path worker = Files.createDirectories(repo.resolve("apps/api"));
    assertThat(SchemaFiles.find(worker, Optional.empty(), repo, Set.of("orders", "items"))).containsExactly(orders);
    assertThat(SchemaFiles.find(worker, Optional.empty(), repo, Set.of("invoices"))).isEmpty();
  }

  @Test
  void configFolderMigrations_comeBeforeAnythingAbove(@TempDir Path repo) throws IOException {
    write(repo.resolve("db/schema.sql"), "CREATE TABLE t (id INTEGER);");
    Path own = write(repo.resolve("apps/api/migrations/0001.sql"), "CREATE TABLE u (id INTEGER);");
    assertThat(SchemaFiles.find(repo.resolve("apps/api"), Optional.empty(), repo, Set.of())).containsExactly(own);
  }
}
