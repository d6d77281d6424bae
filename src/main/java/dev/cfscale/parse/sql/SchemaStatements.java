package dev.cfscale.parse.sql;

import java.util.regex.Pattern;

/**
 * Statements that change a schema rather than query it: {@code CREATE TABLE/INDEX/VIEW/TRIGGER} and
 * {@code ALTER TABLE t ADD [COLUMN] c}, as an app that creates or upgrades its own schema at start-up sends them
 * ({@code for (const sql of UPGRADES) await db.prepare(sql).run()}).
 */
public final class SchemaStatements {
  private static final Pattern SCHEMA_CHANGE = Pattern.compile(
      "^\\s*(?:create\\s+(table|index|unique\\s+index|view|virtual\\s+table|trigger)|alter\\s+table\\s+\\S+\\s+add)\\b",
      Pattern.CASE_INSENSITIVE);

  private SchemaStatements() {}

  /** True when {@code sql} starts with a statement that creates schema or adds a column. */
  public static boolean changesSchema(String sql) {
    return SCHEMA_CHANGE.matcher(sql).find();
  }
}
