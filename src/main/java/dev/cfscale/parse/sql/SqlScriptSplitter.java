package dev.cfscale.parse.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration script into statements so each can be applied and reported on its own (SQLite's
 * JDBC driver offers no statement-by-statement API). It only finds boundaries: semicolons outside
 * string literals, quoted identifiers, comments and {@code CREATE TRIGGER ... BEGIN ... END} bodies.
 * SQLite itself parses every statement.
 */
public final class SqlScriptSplitter {
  private SqlScriptSplitter() {}

  public static List<SqlStatement> split(String script) {
    List<SqlStatement> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int line = 1;
    int startLine = -1;
    int depth = 0; // BEGIN ... END nesting inside CREATE TRIGGER
    int i = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
        int end = script.indexOf('\n', i);
        i = end < 0 ? script.length() : end;
        continue;
      }
      if (c == '/' && i + 1 < script.length() && script.charAt(i + 1) == '*') {
        int end = script.indexOf("*/", i + 2);
        int stop = end < 0 ? script.length() : end + 2;
        line += count(script, i, stop);
        i = stop;
        continue;
      }
      if (startLine < 0 && !Character.isWhitespace(c)) {
        startLine = line;
      }
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        int end = closing(script, i);
        line += count(script, i, end);
        current.append(script, i, end);
        i = end;
        continue;
      }
      if (Character.isLetter(c)) {
        int end = i;
        while (end < script.length() && (Character.isLetterOrDigit(script.charAt(end)) || script.charAt(end) == '_')) {
          end++;
        }
        String word = script.substring(i, end).toUpperCase(Locale.ROOT);
        if (word.equals("BEGIN") && current.toString().toUpperCase(Locale.ROOT).contains("TRIGGER")) {
          depth++;
        } else if (word.equals("END") && depth > 0) {
          depth--;
        }
        current.append(script, i, end);
        i = end;
        continue;
      }
      if (c == '\n') {
        line++;
      }
      if (c == ';' && depth == 0) {
        add(out, current, startLine);
        current.setLength(0);
        startLine = -1;
      } else {
        current.append(c);
      }
      i++;
    }
    add(out, current, startLine);
    return out;
  }

  private static void add(List<SqlStatement> out, StringBuilder text, int line) {
    String sql = text.toString().trim();
    if (!sql.isEmpty()) {
      out.add(new SqlStatement(sql, Math.max(1, line)));
    }
  }

  /** Index just past the literal starting at {@code start} ('' and "" escape themselves). */
  private static int closing(String s, int start) {
    char open = s.charAt(start);
    char close = open == '[' ? ']' : open;
    int i = start + 1;
    while (i < s.length()) {
      if (s.charAt(i) == close) {
        if (close != ']' && i + 1 < s.length() && s.charAt(i + 1) == close) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return s.length();
  }

  private static int count(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to && i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
