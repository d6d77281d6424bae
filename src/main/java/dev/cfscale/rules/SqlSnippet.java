package dev.cfscale.rules;

/** How rule messages quote SQL: on one line, shortened (the full text is in the evidence). */
public final class SqlSnippet {
  private SqlSnippet() {}

  /** SQL longer than this is shortened in messages. */
  private static final int MAX_SQL_CHARS = 90;

  /** {@code sql} on one line, cut to {@value #MAX_SQL_CHARS} characters with "..." when longer. */
  public static String oneLine(String sql) {
    String s = sql.replaceAll("\\s+", " ").trim();
    return s.length() > MAX_SQL_CHARS ? s.substring(0, MAX_SQL_CHARS - 3) + "..." : s;
  }
}
