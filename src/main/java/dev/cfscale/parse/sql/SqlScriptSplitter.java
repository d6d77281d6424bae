package dev.cfscale.parse.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements so each can be applied and reported on its own (SQLite's JDBC driver
 * offers no statement-by-statement API). A statement ends where SQLite's {@code sqlite3_complete()} says the text so
 * far is complete: at a semicolon outside strings, quoted identifiers and comments, and inside
 * {@code CREATE TRIGGER} only at the {@code ;} after {@code ; END} (so {@code CASE ... END} in a trigger body does not
 * end it). The state machine below is complete.c's, token for token; SQLite itself then parses every statement.
 */
public final class SqlScriptSplitter {
  private SqlScriptSplitter() {}

  // complete.c's states and tokens
  private static final int START = 1;
  private static final int SEMI = 0;
  private static final int WS = 1;
  private static final int OTHER = 2;
  private static final int EXPLAIN = 3;
  private static final int CREATE = 4;
  private static final int TEMP = 5;
  private static final int TRIGGER = 6;
  private static final int END = 7;

  /** complete.c {@code trans[state][token]}: states INVALID, START, NORMAL, EXPLAIN, CREATE, TRIGGER, SEMI, END. */
  private static final int[][] TRANSITIONS = {
      {1, 0, 2, 3, 4, 2, 2, 2},
      {1, 1, 2, 3, 4, 2, 2, 2},
      {1, 2, 2, 2, 2, 2, 2, 2},
      {1, 3, 3, 2, 4, 2, 2, 2},
      {1, 4, 2, 2, 2, 4, 5, 2},
      {6, 5, 5, 5, 5, 5, 5, 5},
      {6, 6, 5, 5, 5, 5, 5, 7},
      {1, 7, 5, 5, 5, 5, 5, 5},
  };

  /** The script's statements in order, each without its final semicolon, leading comments or surrounding space. */
  public static List<SqlStatement> split(String script) {
    List<SqlStatement> out = new ArrayList<>();
    SqlTokenizer tokens = new SqlTokenizer(script);
    int state = 0;
    int line = 1;
    int first = -1; // start of the statement's first token
    int firstLine = 1;
    int last = -1; // end of its last token
    while (tokens.hasNext()) {
      SqlToken token = tokens.next();
      int kind = classify(script, token);
      state = TRANSITIONS[state][kind];
      if (kind == SEMI && state == START) {
        add(out, script, first, last, firstLine);
        first = -1;
      } else if (kind != WS) {
        if (first < 0) {
          first = token.start();
          firstLine = line;
        }
        last = token.end();
      }
      line += newlines(script, token);
    }
    add(out, script, first, last, firstLine);
    return out;
  }

  private static void add(List<SqlStatement> out, String script, int first, int last, int line) {
    if (first >= 0) {
      out.add(new SqlStatement(script.substring(first, last), line));
    }
  }

  /**
   * A byte order mark alone (a migration saved by a Windows editor, or an empty one): SQLite compiles it to no
   * statement at all, which the driver then cannot run or even close, so it is space, not a statement.
   */
  private static boolean isByteOrderMark(String script, SqlToken token) {
    return script.substring(token.start(), token.end()).chars().allMatch(c -> c == '\ufeff');
  }

  private static int classify(String script, SqlToken token) {
    if (isByteOrderMark(script, token)) {
      return WS;
    }
    return switch (token.kind()) {
      case SEMI -> SEMI;
      case SPACE -> WS;
      case QUOTED, OTHER -> OTHER;
      case WORD -> keyword(script, token);
    };
  }

  private static int keyword(String script, SqlToken token) {
    if (token.isKeyword(script, "CREATE")) {
      return CREATE;
    } else if (token.isKeyword(script, "TRIGGER")) {
      return TRIGGER;
    } else if (token.isKeyword(script, "TEMP") || token.isKeyword(script, "TEMPORARY")) {
      return TEMP;
    } else if (token.isKeyword(script, "END")) {
      return END;
    } else if (token.isKeyword(script, "EXPLAIN")) {
      return EXPLAIN;
    }
    return OTHER;
  }

  private static int newlines(String script, SqlToken token) {
    int n = 0;
    for (int i = token.start(); i < token.end(); i++) {
      if (script.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
