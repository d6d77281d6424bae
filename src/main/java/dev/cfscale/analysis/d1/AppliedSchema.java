package dev.cfscale.analysis.d1;

import dev.cfscale.discover.InputFiles;
import dev.cfscale.parse.sql.SchemaStatements;
import dev.cfscale.parse.sql.SqlSandbox;
import dev.cfscale.parse.sql.SqlScriptSplitter;
import dev.cfscale.parse.sql.SqlStatement;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What SQLite makes of schema files applied in order in a scratch {@link SqlSandbox} (no ATTACH, no extensions, as the
 * advisor's own database): the tables they leave, read from {@code sqlite_schema}, and the tables they rely on without
 * leaving them. SQLite names both kinds of reliance: a foreign key's target ({@code pragma_foreign_key_list}: SQLite
 * accepts {@code REFERENCES users} before {@code users} exists) and the table a statement failed for
 * ({@code no such table: users} from {@code ALTER TABLE users}, {@code CREATE INDEX ... ON users}, {@code DROP TABLE users}).
 * Only the schema statements are applied ({@link SchemaStatements#isDefinition}): they alone decide the tables, and seed
 * data can run to megabytes. Names are lower-cased, as SQLite compares them.
 *
 * @param tables the tables the files leave
 * @param missing the tables they rely on that they do not leave
 */
record AppliedSchema(Set<String> tables, Set<String> missing) {
  private static final String NO_SUCH_TABLE = "no such table: ";

  /** Nothing applied: no tables, nothing relied on (SQLite could not start, or no file could be read). */
  static final AppliedSchema NONE = new AppliedSchema(Set.of(), Set.of());

  /** The schema {@code files} leave when applied in order; an unreadable file, or one outside {@code root}, adds nothing. */
  static AppliedSchema of(Path root, List<Path> files) {
    Set<String> failedFor = new LinkedHashSet<>();
    try (SqlSandbox sandbox = new SqlSandbox()) {
      for (Path file : files) {
        apply(sandbox, root, file, failedFor);
      }
      Set<String> tables = new LinkedHashSet<>();
      sandbox.query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
          .forEach(row -> tables.add(lower(row.get(0))));
      Set<String> missing = new LinkedHashSet<>(failedFor);
      sandbox.query("SELECT f.\"table\" FROM sqlite_schema AS m, pragma_foreign_key_list(m.name) AS f WHERE m.type = 'table'")
          .forEach(row -> missing.add(lower(row.get(0))));
      missing.removeAll(tables);
      return new AppliedSchema(Set.copyOf(tables), Set.copyOf(missing));
    } catch (SQLException e) {
      return NONE;
    }
  }

  private static void apply(SqlSandbox sandbox, Path root, Path file, Set<String> failedFor) {
    String text;
    try {
      text = InputFiles.readString(root, file);
    } catch (IOException | RuntimeException e) {
      return; // unreadable or outside the project: defines and relies on nothing we can see
    }
    for (SqlStatement statement : SqlScriptSplitter.split(text)) {
      if (!SchemaStatements.isDefinition(statement.text())) {
        continue;
      }
      try {
        sandbox.execute(statement.text());
      } catch (SQLException e) {
        String message = D1Advisor.message(e);
        if (message.startsWith(NO_SUCH_TABLE)) {
          failedFor.add(unqualified(lower(message.substring(NO_SUCH_TABLE.length()))));
        }
      }
    }
  }

  /** {@code main.users} as SQLite names an index's or trigger's table: {@code users}. */
  private static String unqualified(String table) {
    return table.startsWith("main.") ? table.substring("main.".length())
        : table.startsWith("temp.") ? table.substring("temp.".length()) : table;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
