package dev.cfscale.parse.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Statements that change a schema rather than query it: {@code CREATE [TEMP] TABLE/INDEX/VIEW/TRIGGER},
 * {@code CREATE UNIQUE INDEX}, {@code CREATE VIRTUAL TABLE} and {@code ALTER TABLE t ADD [COLUMN] c}, as an app that
 * creates or upgrades its own schema at start-up sends them ({@code for (const sql of UPGRADES) await db.prepare(sql).run()}).
 * The statement's leading keywords are read with SQLite's own token rules ({@link SqlTokenizer}, as
 * {@code sqlite3_complete()} reads them), so comments before a statement and quoted or schema-qualified table names
 * ({@code ALTER TABLE "order items" ADD}, {@code ALTER TABLE main.t ADD}) read as SQLite reads them. SQLite is not asked to
 * compile the text: it is asked of every text the code collection meets, in runs that may plan no SQL at all, and an
 * {@code ALTER TABLE} or {@code CREATE INDEX} does not compile without its table, which the code's text alone does not have.
 */
public final class SchemaStatements {
  /** Enough significant tokens for the longest form read: {@code ALTER TABLE schema . name ADD}. */
  private static final int LEADING_TOKENS = 6;

  private SchemaStatements() {}

  /** True when {@code sql} starts with a statement that creates schema or adds a column. */
  public static boolean changesSchema(String sql) {
    List<SqlToken> head = leadingTokens(sql);
    if (head.isEmpty()) {
      return false;
    }
    if (head.get(0).isKeyword(sql, "CREATE")) {
      return creates(sql, head);
    }
    return head.get(0).isKeyword(sql, "ALTER") && addsColumn(sql, head);
  }

  /**
   * True when {@code sql} starts with a statement of the schema language ({@code CREATE}, {@code ALTER} or {@code DROP}):
   * what tables a script leaves depends on these alone, not on the rows it inserts.
   */
  public static boolean isDefinition(String sql) {
    List<SqlToken> head = leadingTokens(sql);
    return !head.isEmpty() && (head.get(0).isKeyword(sql, "CREATE") || head.get(0).isKeyword(sql, "ALTER")
        || head.get(0).isKeyword(sql, "DROP"));
  }

  /** {@code CREATE [TEMP|TEMPORARY] [UNIQUE] INDEX|TABLE|VIEW|TRIGGER} or {@code CREATE VIRTUAL TABLE}. */
  private static boolean creates(String sql, List<SqlToken> head) {
    int at = 1;
    if (keywordAt(sql, head, at, "TEMP") || keywordAt(sql, head, at, "TEMPORARY")) {
      at++;
    }
    if (keywordAt(sql, head, at, "UNIQUE")) {
      return keywordAt(sql, head, at + 1, "INDEX");
    }
    if (keywordAt(sql, head, at, "VIRTUAL")) {
      return keywordAt(sql, head, at + 1, "TABLE");
    }
    return keywordAt(sql, head, at, "TABLE") || keywordAt(sql, head, at, "INDEX") || keywordAt(sql, head, at, "VIEW")
        || keywordAt(sql, head, at, "TRIGGER");
  }

  /** {@code ALTER TABLE [schema.]name ADD}: the table's name is one word or quoted identifier, perhaps after a schema's. */
  private static boolean addsColumn(String sql, List<SqlToken> head) {
    if (!keywordAt(sql, head, 1, "TABLE") || !nameAt(head, 2)) {
      return false;
    }
    int after = 3;
    if (head.size() > after + 1 && head.get(after).kind() == SqlToken.Kind.OTHER && sql.charAt(head.get(after).start()) == '.'
        && nameAt(head, after + 1)) {
      after += 2;
    }
    return keywordAt(sql, head, after, "ADD");
  }

  private static boolean keywordAt(String sql, List<SqlToken> head, int index, String keyword) {
    return index < head.size() && head.get(index).isKeyword(sql, keyword);
  }

  private static boolean nameAt(List<SqlToken> head, int index) {
    return index < head.size() && (head.get(index).kind() == SqlToken.Kind.WORD || head.get(index).kind() == SqlToken.Kind.QUOTED);
  }

  /** The first tokens of {@code sql} that are not space or comments, up to {@link #LEADING_TOKENS}. */
  private static List<SqlToken> leadingTokens(String sql) {
    List<SqlToken> out = new ArrayList<>(LEADING_TOKENS);
    SqlTokenizer tokens = new SqlTokenizer(sql);
    while (tokens.hasNext() && out.size() < LEADING_TOKENS) {
      SqlToken token = tokens.next();
      if (token.kind() != SqlToken.Kind.SPACE) {
        out.add(token);
      }
    }
    return out;
  }
}
