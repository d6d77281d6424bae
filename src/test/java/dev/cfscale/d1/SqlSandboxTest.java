package dev.cfscale.d1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfscale.parse.sql.SqlSandbox;
import dev.cfscale.parse.sql.SqlScriptSplitter;
import dev.cfscale.parse.sql.SqlStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each guarantee of the sandbox for untrusted migration SQL, proven against SQLite itself. */
class SqlSandboxTest {

  @Test
  void attach_isImpossible(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("stolen.db");
    try (SqlSandbox s = new SqlSandbox()) {
      assertThatThrownBy(() -> s.execute("ATTACH DATABASE '" + target + "' AS x")).isInstanceOf(SQLException.class)
          .hasMessageContaining("too many attached databases");
    }
    assertThat(target).doesNotExist();
  }

  @Test
  void vacuumInto_cannotWriteAFile(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("copy.db");
    try (SqlSandbox s = new SqlSandbox()) {
      s.execute("CREATE TABLE t (x)");
      assertThatThrownBy(() -> s.execute("VACUUM INTO '" + target + "'")).isInstanceOf(SQLException.class);
    }
    assertThat(target).doesNotExist();
  }

  @Test
  void extensionLoading_isOff() throws Exception {
    try (SqlSandbox s = new SqlSandbox()) {
      assertThatThrownBy(() -> s.execute("SELECT load_extension('/tmp/evil')")).isInstanceOf(SQLException.class);
    }
  }

  @Test
  void runawayStatement_isStoppedByTheTimeBudget() throws Exception {
    try (SqlSandbox s = new SqlSandbox()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> s.execute("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r"))
          .isInstanceOf(SQLException.class);
      // stopped by the budget, not by exhausting anything else (generous bound: this is not a timing test)
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(SqlSandbox.STATEMENT_MILLIS * 10);
    }
  }

  @Test
  void databaseSize_isCapped() throws Exception {
    try (SqlSandbox s = new SqlSandbox()) {
      s.execute("CREATE TABLE big (b BLOB)");
      assertThatThrownBy(() -> s.execute("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 100000)"
          + " INSERT INTO big SELECT zeroblob(9000000) FROM r")).isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> s.execute("INSERT INTO big VALUES (zeroblob(" + (SqlSandbox.MAX_VALUE_BYTES + 1) + "))"))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void splitter_keepsTriggersStringsAndCommentsTogether() {
    List<SqlStatement> statements = SqlScriptSplitter.split("""
        -- a comment; with a semicolon
        CREATE TABLE a (x TEXT DEFAULT 'x;y'); /* block; comment */ CREATE TABLE b (y);
        CREATE TRIGGER t AFTER INSERT ON a BEGIN
          INSERT INTO b VALUES ('a;b');
          INSERT INTO b VALUES (1);
        END;
        PRAGMA defer_foreign_keys = on
        """);
    assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 2, 3, 7);
    assertThat(statements.get(2).text()).startsWith("CREATE TRIGGER").endsWith("END");
    assertThat(statements.get(0).text()).contains("'x;y'");
  }

  @Test
  void realMigration_appliesWithD1Specifics() throws Exception {
    Path migration = Path.of("src/test/resources/rules/d1/full-table-scan/fires/migrations/0001_init.sql");
    try (SqlSandbox s = new SqlSandbox()) {
      for (SqlStatement st : SqlScriptSplitter.split(Files.readString(migration))) {
        s.execute(st.text());
      }
      assertThat(s.plan("SELECT id FROM orders WHERE customer_id = ?")).singleElement().asString()
          .startsWith("SEARCH orders USING").contains("idx_orders_customer_created");
    }
  }
}
