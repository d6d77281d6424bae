package dev.cfscale.d1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cfscale.parse.sql.SqlSandbox;
import dev.cfscale.parse.sql.SqlScriptSplitter;
import dev.cfscale.parse.sql.SqlStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.cfscale.parse.sql.SqlTimeBudget;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

  /**
   * A rate of VM steps too low for a progress handler: each row is one replace() over megabytes of text (the size
   * depends on the row, so SQLite cannot compute it once for all rows).
   */
  private static final String SLOW_ROWS = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000000)"
      + " SELECT sum(length(replace(hex(zeroblob(2400000 + n % 2)), '0', '00'))) FROM r";

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang bound, not a speed assertion
  void runawayStatement_isStoppedByTheWatchdog() throws Exception {
    try (SqlSandbox s = new SqlSandbox()) {
      assertThatThrownBy(() -> s.execute(SLOW_ROWS)).isInstanceOf(SQLException.class)
          .hasMessage("stopped after 2 s: a statement may run 2 s at most, and the project's SQL 20 s in all");
      assertThatThrownBy(() -> s.execute("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r"))
          .hasMessageStartingWith("stopped after 2 s");
      s.execute("CREATE TABLE after_the_stop (x)"); // the connection still works
    }
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void projectBudget_isSharedByAllStatementsAndSandboxes() throws Exception {
    // each stopped statement is charged at least its 0.3 s (more: SQLite stops between VM steps, a step here is one row)
    SqlTimeBudget budget = new SqlTimeBudget(300, 1_000);
    List<String> messages = new ArrayList<>();
    try (SqlSandbox first = new SqlSandbox(budget); SqlSandbox second = new SqlSandbox(budget)) {
      for (int i = 0; i < 10 && (messages.isEmpty() || !messages.get(messages.size() - 1).startsWith("not run")); i++) {
        SqlSandbox sandbox = i % 2 == 0 ? first : second;
        messages.add(catchThrowable(() -> sandbox.execute(SLOW_ROWS)).getMessage());
      }
      assertThat(messages.get(0)).isEqualTo("stopped after 0.3 s: a statement may run 0.3 s at most, and the project's SQL 1 s in all");
      assertThat(messages.subList(0, messages.size() - 1)).allMatch(m -> m.startsWith("stopped after 0."));
      assertThat(messages).hasSizeBetween(2, 5).last()
          .isEqualTo("not run: slow statements before this one used up the 1 s the project's SQL may take in all");
      assertThatThrownBy(() -> second.execute("CREATE TABLE t (x)")).hasMessageStartingWith("not run");
    }
  }

  @Test
  void pragmasThatChangeLimitsOrTheMachine_areRefused() throws Exception {
    try (SqlSandbox s = new SqlSandbox()) {
      for (String pragma : List.of("PRAGMA max_page_count = 1000000", "pragma main.MAX_PAGE_COUNT(1000000)",
          "/* first */ PRAGMA\n \"temp_store_directory\" = '/tmp'", "PRAGMA temp_store = MEMORY", "PRAGMA mmap_size = 1",
          "PRAGMA cache_size = -1000000", "PRAGMA soft_heap_limit = 1", "PRAGMA hard_heap_limit = 0", "PRAGMA [page_size] = 65536",
          "PRAGMA writable_schema = ON", "PRAGMA trusted_schema = ON", "PRAGMA journal_mode = WAL", "PRAGMA threads = 8",
          "EXPLAIN PRAGMA soft_heap_limit = 1", "EXPLAIN QUERY PLAN PRAGMA 'temp_store_directory' = '/tmp'")) {
        assertThatThrownBy(() -> s.execute(pragma)).as(pragma).isInstanceOf(SQLException.class)
            .hasMessageContaining("is not run: it would change the sandbox's limits or the machine cfscale runs on");
      }
      assertThatThrownBy(() -> s.plan("PRAGMA cache_size = 5")).hasMessageContaining("PRAGMA cache_size is not run");
      s.execute("PRAGMA foreign_keys = ON"); // what migrations use is still run
      s.execute("PRAGMA defer_foreign_keys = on");
      assertThat(s.query("PRAGMA max_page_count")).containsExactly(List.of(String.valueOf(SqlSandbox.MAX_PAGES)));
      assertThat(s.query("PRAGMA hard_heap_limit")).containsExactly(List.of(String.valueOf(SqlSandbox.MAX_HEAP_BYTES)));
    }
    try (Connection plain = DriverManager.getConnection("jdbc:sqlite::memory:");
        ResultSet r = plain.createStatement().executeQuery("PRAGMA temp_store_directory")) {
      assertThat(r.next() ? r.getString(1) : null).as("process-wide temp folder").isNullOrEmpty();
    }
  }

  @Test
  void driverFileCommands_areNotReachable(@TempDir Path dir) throws Exception {
    Path backup = dir.resolve("backup.db");
    try (SqlSandbox s = new SqlSandbox()) {
      s.execute("CREATE TABLE t (x)");
      assertThatThrownBy(() -> s.execute("backup to '" + backup + "'")).isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> s.execute("restore from '" + backup + "'")).isInstanceOf(SQLException.class);
    }
    assertThat(backup).doesNotExist();
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
