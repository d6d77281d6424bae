package dev.cfscale.parse.sql;

/**
 * One token of SQL text as SQLite's {@code sqlite3_complete()} classifies it, with its character range.
 *
 * @param unterminated a comment, string or quoted identifier that runs to the end of the text
 */
record SqlToken(Kind kind, int start, int end, boolean unterminated) {

  /** The token classes of SQLite's {@code complete.c}; keywords are told apart by {@link #isKeyword}. */
  enum Kind {
    /** {@code ;} */
    SEMI,
    /** whitespace or a comment */
    SPACE,
    /** a keyword or an unquoted identifier (letters, digits, {@code _}, {@code $}, any non-ASCII character) */
    WORD,
    /** a string literal or a quoted identifier: {@code '...'}, {@code "..."}, {@code `...`}, {@code [...]} */
    QUOTED,
    /** any other single character (an operator, a parenthesis) */
    OTHER
  }

  boolean isKeyword(CharSequence text, String keyword) {
    if (kind != Kind.WORD || end - start != keyword.length()) {
      return false;
    }
    for (int i = 0; i < keyword.length(); i++) {
      if (Character.toUpperCase(text.charAt(start + i)) != keyword.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The identifier this token names: a word as written, a quoted one without its quotes (doubled quotes undone). */
  String identifier(String text) {
    if (kind != Kind.QUOTED) {
      return text.substring(start, end);
    }
    char open = text.charAt(start);
    char close = open == '[' ? ']' : open;
    String inner = text.substring(start + 1, unterminated ? end : end - 1);
    return open == '[' ? inner : inner.replace(String.valueOf(close) + close, String.valueOf(close));
  }
}
