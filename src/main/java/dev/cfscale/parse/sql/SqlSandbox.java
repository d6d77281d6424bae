package dev.cfscale.parse.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/**
 * An in-memory SQLite for untrusted SQL from a project's migrations. The guarantees come from SQLite
 * limits and settings, not from inspecting the SQL: no database can be attached (so neither ATTACH nor
 * VACUUM INTO can reach a file), extension loading is off, every statement is stopped after a time
 * budget, and the database and each value are capped in size.
 */
public final class SqlSandbox implements AutoCloseable {
  /** Per-statement time budget: migrations are DDL and small seeds. */
  public static final long STATEMENT_MILLIS = 2_000;
  /** Database size cap, in pages of 4 KB (about 256 MB). */
  public static final int MAX_PAGES = 65_536;
  /** Largest string or blob, bytes. */
  public static final int MAX_VALUE_BYTES = 10_000_000;

  private final Connection connection;
  private volatile long deadline = Long.MAX_VALUE;

  public SqlSandbox() throws SQLException {
    NativeSqlite.configure();
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
    }
    ProgressHandler.setHandler(connection, 10_000, new ProgressHandler() {
      @Override
      protected int progress() {
        return System.currentTimeMillis() > deadline ? 1 : 0; // non-zero interrupts the statement
      }
    });
  }

  /** Runs one statement within the time budget; throws SQLException with SQLite's message. */
  public void execute(String sql) throws SQLException {
    deadline = System.currentTimeMillis() + STATEMENT_MILLIS;
    try (Statement s = connection.createStatement()) {
      s.executeUpdate(sql);
    } finally {
      deadline = Long.MAX_VALUE;
    }
  }

  /** {@code EXPLAIN QUERY PLAN} of {@code sql} with parameters left unbound: the plan's detail lines, in order. */
  public List<String> plan(String sql) throws SQLException {
    deadline = System.currentTimeMillis() + STATEMENT_MILLIS;
    List<String> rows = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("EXPLAIN QUERY PLAN " + sql); ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        rows.add(r.getString("detail"));
      }
    } finally {
      deadline = Long.MAX_VALUE;
    }
    return rows;
  }

  /** Rows of a simple query (schema introspection). */
  public List<List<String>> query(String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
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
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
