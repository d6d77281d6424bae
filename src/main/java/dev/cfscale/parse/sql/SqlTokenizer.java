package dev.cfscale.parse.sql;

/**
 * Splits SQL text into tokens by the character classes of SQLite's {@code sqlite3_complete()} (sqlite/src/complete.c):
 * whitespace and comments, semicolons, words, quoted strings or identifiers, and single other characters. One pass,
 * no backtracking: a token never reads past its own end, so the whole text is scanned in linear time.
 */
final class SqlTokenizer {
  private final String text;
  private int position;

  SqlTokenizer(String text) {
    this.text = text;
  }

  boolean hasNext() {
    return position < text.length();
  }

  /** The next token; call only while {@link #hasNext()}. */
  SqlToken next() {
    int start = position;
    char c = text.charAt(start);
    SqlToken token;
    if (c == ';') {
      token = new SqlToken(SqlToken.Kind.SEMI, start, start + 1, false);
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      token = new SqlToken(SqlToken.Kind.SPACE, start, start + 1, false);
    } else if (c == '/' && startsWith(start + 1, '*')) {
      int close = text.indexOf("*/", start + 2);
      token = close < 0 ? new SqlToken(SqlToken.Kind.SPACE, start, text.length(), true)
          : new SqlToken(SqlToken.Kind.SPACE, start, close + 2, false);
    } else if (c == '-' && startsWith(start + 1, '-')) {
      int newline = text.indexOf('\n', start);
      token = new SqlToken(SqlToken.Kind.SPACE, start, newline < 0 ? text.length() : newline + 1, false);
    } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
      int close = text.indexOf(c == '[' ? ']' : c, start + 1);
      token = close < 0 ? new SqlToken(SqlToken.Kind.QUOTED, start, text.length(), true)
          : new SqlToken(SqlToken.Kind.QUOTED, start, close + 1, false);
    } else if (isIdChar(c)) {
      int end = start + 1;
      while (end < text.length() && isIdChar(text.charAt(end))) {
        end++;
      }
      token = new SqlToken(SqlToken.Kind.WORD, start, end, false);
    } else {
      token = new SqlToken(SqlToken.Kind.OTHER, start, start + 1, false);
    }
    position = token.end();
    return token;
  }

  private boolean startsWith(int index, char c) {
    return index < text.length() && text.charAt(index) == c;
  }

  /** SQLite's {@code IdChar}: ASCII letters and digits, {@code _}, {@code $}, and every byte of a non-ASCII character. */
  private static boolean isIdChar(char c) {
    return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
  }
}
