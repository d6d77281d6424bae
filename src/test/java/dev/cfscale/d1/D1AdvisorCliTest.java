package dev.cfscale.d1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.CliRun;
import dev.cfscale.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The D1 advisor as a user meets it: findings with the exact index, broken migrations, and `fix`. */
class D1AdvisorCliTest {
  private static final Path FIXTURE = Path.of("src/test/resources/rules/d1/full-table-scan/fires");

  private static Path copy(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURE)) {
      for (Path p : files.toList()) {
        Path target = dir.resolve(FIXTURE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return dir;
  }

  @Test
  void fullScan_findingNamesTheIndexAndThePlans() {
    CliRun run = CliRun.audit(FIXTURE.toString());
    assertThat(run.out()).contains("d1/full-table-scan").contains("plan: SCAN orders")
        .contains("CREATE INDEX IF NOT EXISTS idx_orders_status_total ON orders (status, total);")
        .contains("plan with index: SEARCH orders USING INDEX idx_orders_status_total (status=? AND total>?)")
        .contains("schema: migrations/0001_init.sql").contains("rows read");
  }

  @Test
  void usageFile_tableSizes_replaceTheAssumption(@TempDir Path dir) throws IOException {
    Path usage = dir.resolve("usage.yml");
    Files.writeString(usage, "d1:\n  table_rows:\n    orders: 2000000\n");
    CliRun run = CliRun.audit(FIXTURE.toString(), "--usage", usage.toString());
    // 2,000,000 rows read per execution x 1,000,000 executions = 2e12 rows; x $0.001 per million rows = $2,000
    assertThat(run.out()).contains("about 2,000,000 rows, per the usage file: $2,000 per million executions");
    assertThat(CliRun.audit(FIXTURE.toString()).out()).contains("about 100,000 rows, assumed: $100 per million executions");
  }

  @Test
  void fix_dryRunShowsTheMigration_thenWritesItOnce(@TempDir Path dir) throws IOException {
    Path project = copy(dir);
    CliRun dry = CliRun.of("fix", project.toString(), "--d1-indexes", "--dry-run");
    assertThat(dry.exitCode()).isZero();
    assertThat(dry.out()).contains("+++ b/migrations/0002_cfscale_indexes.sql")
        .contains("+CREATE INDEX IF NOT EXISTS idx_orders_status_total ON orders (status, total);")
        .contains("+CREATE INDEX IF NOT EXISTS idx_customers_country ON customers (country);");
    assertThat(project.resolve("migrations/0002_cfscale_indexes.sql")).doesNotExist();

    assertThat(CliRun.of("fix", project.toString(), "--d1-indexes").exitCode()).isZero();
    assertThat(project.resolve("migrations/0002_cfscale_indexes.sql")).content().contains("idx_orders_status_total");
    assertThat(Files.readString(project.resolve("migrations/0001_init.sql"))).isEqualTo(Files.readString(FIXTURE.resolve("migrations/0001_init.sql")));

    // the indexes now exist: the scans are gone and a second run has nothing to write
    assertThat(CliRun.audit(project.toString()).out()).doesNotContain("d1/full-table-scan");
    CliRun again = CliRun.of("fix", project.toString(), "--d1-indexes");
    assertThat(again.out()).isEmpty();
    try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
      assertThat(files.count()).isEqualTo(2);
    }
  }

  @Test
  void brokenMigration_isReportedWithFileAndLine_andTheRestStillApplies(@TempDir Path dir) throws IOException {
    Path project = copy(dir);
    Files.writeString(project.resolve("migrations/0002_broken.sql"), "CREATE TABLE ok1 (x);\nCREATE TABLE oops (;\nCREATE INDEX idx_ok ON ok1 (x);\n");
    CliRun run = CliRun.audit(project.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).contains("migrations/0002_broken.sql:2:1: error: migration statement failed in SQLite");
    assertThat(run.out()).contains("d1/full-table-scan");
    assertThat(run.all()).doesNotContain("Exception");
  }

  @Test
  void join_whoseOtherSideIsScannedOnceTheFirstIndexExists_getsBothIndexes() {
    // Astro endpoint -> service class -> SQL assembled from a constants object: customers filtered by
    // email LEFT JOIN orders. Indexing customers alone makes SQLite scan orders per query.
    String project = "src/test/resources/inputs/d1-join";
    CliRun run = CliRun.audit(project);
    assertThat(run.out()).contains("d1/full-table-scan")
        .contains("reached from: route GET src/pages/api/customers.ts")
        .contains("indexes: CREATE INDEX IF NOT EXISTS idx_customers_email ON customers (email);"
            + " CREATE INDEX IF NOT EXISTS idx_orders_customer_id ON orders (customer_id);")
        .contains("plan with indexes: SEARCH customers USING INDEX idx_customers_email (email=?)"
            + " | SEARCH orders USING INDEX idx_orders_customer_id (customer_id=?) LEFT-JOIN");
    assertThat(CliRun.of("fix", project, "--d1-indexes", "--dry-run").out())
        .contains("+CREATE INDEX IF NOT EXISTS idx_customers_email ON customers (email);")
        .contains("+CREATE INDEX IF NOT EXISTS idx_orders_customer_id ON orders (customer_id);");
  }

  @Test
  void drizzleQueryBuilderChains_arePlannedAsTheSqlTheySend() {
    String project = "src/test/resources/inputs/drizzle-app";
    assertThat(CliRun.of("inspect", project).out())
        .contains("DB prepare sql=\"SELECT * FROM users WHERE email = ? LIMIT ?\"")
        .contains("DB prepare sql=\"SELECT id, email FROM users WHERE id = ?\"")
        .contains("sql=\"SELECT * FROM posts WHERE (author_id = ?) AND (published_at IS NOT NULL) ORDER BY published_at DESC LIMIT ?\"")
        .contains("sql=\"SELECT * FROM users WHERE created_at > ? ORDER BY created_at DESC\"") // schema.users via namespace import
        .contains("sql=\"UPDATE users SET plan = ? WHERE email = ?\"")
        .contains("sql=\"DELETE FROM posts WHERE author_id = ?\"")
        // relational API: findFirst adds LIMIT, callbacks name the table by their first parameter
        .contains("DB prepare sql=\"SELECT id, plan FROM users WHERE email = ? LIMIT ?\"")
        .contains("DB prepare sql=\"SELECT * FROM posts WHERE published_at > ? ORDER BY published_at DESC LIMIT ?\"");
    CliRun audit = CliRun.audit(project);
    assertThat(audit.out())
        .contains("CREATE INDEX IF NOT EXISTS idx_users_email ON users (email);")
        .contains("CREATE INDEX IF NOT EXISTS idx_posts_author_id_published_at ON posts (author_id, published_at);")
        .contains("sql source: reconstructed from the Drizzle query as written")
        // an unbounded select awaited as is returns every row; one ended with .limit() does not
        .contains("14:29  low      d1/select-star-without-limit")
        .doesNotContain("10:27  low      d1/select-star-without-limit")
        // a column the translation cannot map is not reported as an invalid query
        .doesNotContain("d1/query-invalid-against-schema");
  }
}
