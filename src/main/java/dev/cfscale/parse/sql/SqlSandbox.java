package dev.cfscale.parse.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/**
 * An in-memory SQLite for untrusted SQL from a project's migrations. The guarantees come from SQLite limits and
 * settings: no database can be attached (so neither ATTACH nor VACUUM INTO can reach a file), extension loading is
 * off, the database, each value and SQLite's memory are capped, and a watchdog stops every statement after its share
 * of the project's {@link SqlTimeBudget}. Two checks read the SQL first: PRAGMAs that would lift those limits are
 * refused ({@link PragmaGuard}), and every statement goes through a prepared statement, never through the driver's
 * plain {@code Statement}, whose {@code backup to FILE} and {@code restore from FILE} commands reach the file system.
 */
public final class SqlSandbox implements AutoCloseable {
  /** Per-statement time budget: migrations are DDL and small seeds. */
  public static final long STATEMENT_MILLIS = SqlTimeBudget.STATEMENT_MILLIS;
  /** Database size cap, in pages of 4 KB (about 256 MB). */
  public static final int MAX_PAGES = 65_536;
  /** Largest string or blob, bytes. */
  public static final int MAX_VALUE_BYTES = 10_000_000;
  /** SQLite's memory for the whole process (a process-wide setting): a few databases at the size cap, no more. */
  public static final long MAX_HEAP_BYTES = 1L << 30;

  private final Connection connection;
  private final SqlWatchdog watchdog;
  private final SqlTimeBudget budget;

  /** A sandbox with a budget of its own. */
  public SqlSandbox() throws SQLException {
    this(SqlTimeBudget.perProject());
  }

  /** A sandbox drawing on {@code budget}, which the project's other sandboxes share. */
  public SqlSandbox(SqlTimeBudget budget) throws SQLException {
    NativeSqlite.configure();
    this.budget = budget;
    SQLiteConfig config = new SQLiteConfig();
    config.enableLoadExtension(false);
    config.setPageSize(4096);
    this.connection = config.createConnection("jdbc:sqlite::memory:");
    SQLiteConnection sqlite = (SQLiteConnection) connection;
    sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_ATTACHED, 0);
    sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES);
    try (Statement s = connection.createStatement()) {
      s.execute("PRAGMA max_page_count = " + MAX_PAGES);
      s.execute("PRAGMA trusted_schema = OFF");
      s.execute("PRAGMA hard_heap_limit = " + MAX_HEAP_BYTES);
    }
    this.watchdog = new SqlWatchdog(sqlite.getDatabase());
  }

  /** Runs one statement within the time budget; throws SQLException with SQLite's message or the sandbox's refusal. */
  public void execute(String sql) throws SQLException {
    refuseDenied(sql);
    timed(() -> {
      try (PreparedStatement s = connection.prepareStatement(sql)) {
        s.execute();
      }
      return null;
    });
  }

  /** {@code EXPLAIN QUERY PLAN} of {@code sql} with parameters left unbound: the plan's detail lines, in order. */
  public List<String> plan(String sql) throws SQLException {
    refuseDenied(sql);
    return timed(() -> {
      List<String> rows = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement("EXPLAIN QUERY PLAN " + sql); ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          rows.add(r.getString("detail"));
        }
      }
      return rows;
    });
  }

  /** Rows of a simple query (schema introspection). */
  public List<List<String>> query(String sql) throws SQLException {
    return timed(() -> {
      List<List<String>> rows = new ArrayList<>();
      try (PreparedStatement s = connection.prepareStatement(sql); ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(r.getString(i));
          }
          rows.add(row);
        }
      }
      return rows;
    });
  }

  private static void refuseDenied(String sql) throws SQLException {
    Optional<String> refusal = PragmaGuard.refusal(sql);
    if (refusal.isPresent()) {
      throw new SQLException(refusal.get());
    }
  }

  private <T> T timed(SqlWatchdog.SqlCall<T> call) throws SQLException {
    if (budget.exhausted()) {
      throw new SQLException("not run: slow statements before this one used up the " + seconds(budget.totalMillis())
          + " the project's SQL may take in all");
    }
    long millis = budget.nextStatementMillis();
    long start = System.nanoTime();
    try {
      return watchdog.run(millis, call);
    } catch (SQLException e) {
      if (watchdog.fired()) {
        throw new SQLException("stopped after " + seconds(millis) + ": a statement may run " + seconds(budget.statementMillis())
            + " at most, and the project's SQL " + seconds(budget.totalMillis()) + " in all", e);
      }
      throw e;
    } finally {
      budget.charge((System.nanoTime() - start) / 1_000_000);
    }
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  @Override
  public void close() throws SQLException {
    watchdog.close();
    connection.close();
  }
}
