package dev.cfscale.parse.sql;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.sqlite.core.DB;

/**
 * Interrupts a statement that runs past its time from another thread ({@code sqlite3_interrupt}). SQLite's progress
 * handler alone is not enough: it counts VM steps, and one {@code replace()} over megabytes of text is one step.
 */
final class SqlWatchdog implements AutoCloseable {
  /** One SQLite call that may be interrupted. */
  interface SqlCall<T> {
    T run() throws SQLException;
  }

  private static final long REPEAT_MILLIS = 50;

  private final DB db;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "cfscale-sql-watchdog");
    t.setDaemon(true);
    return t;
  });
  private long running; // the id of the call in flight; an alarm for an earlier call does nothing
  private boolean fired;

  SqlWatchdog(DB db) {
    this.db = db;
  }

  /** Runs {@code call}, interrupting it after {@code millis}; {@link #fired()} then says it was stopped. */
  <T> T run(long millis, SqlCall<T> call) throws SQLException {
    long id;
    synchronized (this) {
      id = ++running;
      fired = false;
    }
    // repeated until the call returns: an interrupt that lands before SQLite starts the statement is cleared by it
    ScheduledFuture<?> alarm = timer.scheduleAtFixedRate(() -> interrupt(id), millis, REPEAT_MILLIS, TimeUnit.MILLISECONDS);
    try {
      return call.run();
    } finally {
      alarm.cancel(false);
      synchronized (this) {
        running++;
      }
    }
  }

  synchronized boolean fired() {
    return fired;
  }

  private synchronized void interrupt(long id) {
    if (running != id) {
      return;
    }
    fired = true;
    try {
      db.interrupt();
    } catch (SQLException e) {
      // the connection is closing: nothing left to stop
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
