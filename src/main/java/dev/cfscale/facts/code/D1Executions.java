package dev.cfscale.facts.code;

import java.util.Set;

/**
 * The one list of D1 operations that send SQL to the database, shared by the code engine (which records
 * a statement's run) and the rules (which count round trips). Preparing a statement sends nothing.
 */
public final class D1Executions {
  private D1Executions() {}

  /** Methods of a prepared statement that run it: {@code stmt.first()}, {@code .all()}, {@code .run()}, {@code .raw()}. */
  public static final Set<String> STATEMENT_RUNS = Set.of("first", "all", "run", "raw");

  /** One round trip to the database: a statement run, or {@code db.batch([...])} (several statements, one trip). */
  public static boolean isRoundTrip(String operation) {
    return STATEMENT_RUNS.contains(operation) || operation.equals("batch");
  }

  /** Any operation that executes SQL: a round trip, or {@code db.exec(sql)} (unprepared statements). */
  public static boolean executes(String operation) {
    return isRoundTrip(operation) || operation.equals("exec");
  }
}
