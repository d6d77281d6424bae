package dev.cfscale.parse.sql;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The time SQLite may spend on one project's untrusted SQL: each statement gets at most {@code statementMillis},
 * and all statements together at most {@code totalMillis}, so thirty slow statements cannot each take their share.
 * Shared by every sandbox of a project (Workers are analysed in parallel, hence the atomic balance).
 */
public final class SqlTimeBudget {
  /** Per statement: migrations are DDL and small seeds. */
  public static final long STATEMENT_MILLIS = 2_000;
  /** All of a project's migrations, code DDL and query plans together. */
  public static final long TOTAL_MILLIS = 20_000;

  private final long statementMillis;
  private final long totalMillis;
  private final AtomicLong remainingMillis;

  public SqlTimeBudget(long statementMillis, long totalMillis) {
    this.statementMillis = statementMillis;
    this.totalMillis = totalMillis;
    this.remainingMillis = new AtomicLong(totalMillis);
  }

  /** The default budget of one project. */
  public static SqlTimeBudget perProject() {
    return new SqlTimeBudget(STATEMENT_MILLIS, TOTAL_MILLIS);
  }

  /** How long the next statement may run: the per-statement budget or what is left, whichever is less. */
  long nextStatementMillis() {
    return Math.min(statementMillis, Math.max(0, remainingMillis.get()));
  }

  boolean exhausted() {
    return remainingMillis.get() <= 0;
  }

  void charge(long elapsedMillis) {
    remainingMillis.addAndGet(-elapsedMillis);
  }

  long statementMillis() {
    return statementMillis;
  }

  long totalMillis() {
    return totalMillis;
  }
}
