package dev.cfscale.render;

import dev.cfscale.findings.SecretShape;
import java.util.ArrayList;
import java.util.List;

/**
 * A source line printed under a problem, with a caret under its column. The line is where a syntax or type error
 * sits, so it can hold a credential (a token pasted into {@code vars}, a {@code .dev.vars} line): values that
 * {@link SecretShape} calls credentials, by their key or by their own shape, are starred out. Control characters
 * are escaped and a long line (a minified bundle, a 3 MB statement) is cut to a window around the column.
 */
record EchoedLine(String text, String caretPadding) {
  /** Characters of a long line shown around the column. */
  static final int WINDOW = 160;
  private static final String CUT = "...";

  /** How {@code line} is printed with the caret at 1-based {@code column}. */
  static EchoedLine of(String line, int column) {
    int at = Math.max(0, Math.min(column - 1, line.length()));
    int start = line.length() <= WINDOW ? 0 : Math.max(0, Math.min(at - WINDOW / 2, line.length() - WINDOW));
    int end = Math.min(line.length(), start + WINDOW);
    String redacted = redact(line, start, end);
    start = start > 0 && Character.isLowSurrogate(redacted.charAt(start)) ? start + 1 : start;
    end = end < redacted.length() && end > start && Character.isHighSurrogate(redacted.charAt(end - 1)) ? end - 1 : end;
    String head = start > 0 ? CUT : "";
    String shown = head + Printable.line(redacted.substring(start, end)) + (end < redacted.length() ? CUT : "");
    String before = head + Printable.line(redacted.substring(start, Math.max(start, Math.min(at, end))));
    StringBuilder padding = new StringBuilder(before.length());
    before.chars().forEach(c -> padding.append(c == '\t' ? '\t' : ' '));
    return new EchoedLine(shown, padding.toString());
  }

  /** {@code line} with each credential-shaped value replaced by as many {@code *} (so the caret stays in place). */
  static String redact(String line) {
    return redact(line, 0, line.length());
  }

  /** Redacts the values that overlap {@code [from, to)}: only they are printed (a 3 MB line is scanned, not classified whole). */
  private static String redact(String line, int from, int to) {
    List<Token> tokens = Token.scan(line);
    char[] out = line.toCharArray();
    for (int k = 0; k < tokens.size(); k++) {
      Token value = tokens.get(k);
      if (value.isValue() && value.end() >= from && value.start() <= to) {
        starCredentials(line, value, keyOf(line, tokens, k), out);
      }
    }
    return new String(out);
  }

  /** Stars the whole value when it is a credential, else each word of it that is one ("Bearer sk-..." in a header). */
  private static void starCredentials(String line, Token value, String key, char[] out) {
    if (SecretShape.classify(key, value.text(line)).isPresent()) {
      java.util.Arrays.fill(out, value.start(), value.end(), '*');
      return;
    }
    if (value.end() - value.start() > 4 * WINDOW) {
      return; // a header value is short; a longer text is not split word by word
    }
    int i = value.start();
    while (i < value.end()) {
      int end = i;
      while (end < value.end() && !Character.isWhitespace(line.charAt(end))) {
        end++;
      }
      if (end > i && end - i < value.end() - value.start() && SecretShape.classify(key, line.substring(i, end)).isPresent()) {
        java.util.Arrays.fill(out, i, end, '*');
      }
      i = end + 1;
    }
  }

  /** The key a value is assigned to ({@code KEY = value}, {@code "key": "value"}, {@code key: value}), or "". */
  private static String keyOf(String line, List<Token> tokens, int k) {
    if (k >= 2 && tokens.get(k - 1).isAssignment() && tokens.get(k - 2).isValue()) {
      return tokens.get(k - 2).text(line);
    }
    return "";
  }

  /** A lexical piece of one line: a quoted string's content, a bare word, or an assignment sign. */
  private record Token(int start, int end, char kind) {
    static final char STRING = '"';
    static final char WORD = 'w';
    static final char ASSIGN = '=';

    boolean isValue() {
      return kind == STRING || kind == WORD;
    }

    boolean isAssignment() {
      return kind == ASSIGN;
    }

    String text(String line) {
      return line.substring(start, end);
    }

    /** Tokens of {@code line}: quotes (', ", `) to their closing quote or the line's end, words, {@code =} and {@code :}. */
    static List<Token> scan(String line) {
      List<Token> tokens = new ArrayList<>();
      int i = 0;
      while (i < line.length()) {
        char c = line.charAt(i);
        if (c == '"' || c == '\'' || c == '`') {
          int close = closingQuote(line, i + 1, c);
          tokens.add(new Token(i + 1, close, STRING));
          i = close + 1;
        } else if (c == '=' || c == ':') {
          tokens.add(new Token(i, i + 1, ASSIGN));
          i++;
        } else if (Character.isWhitespace(c) || ",;(){}[]".indexOf(c) >= 0) {
          i++;
        } else {
          int end = wordEnd(line, i);
          tokens.add(new Token(i, end, WORD));
          i = end;
        }
      }
      return tokens;
    }

    private static int closingQuote(String line, int from, char quote) {
      for (int i = from; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          return i;
        }
      }
      return line.length();
    }

    /** A word runs to whitespace, a quote, {@code =} or punctuation; a colon ends it only before a space (a URL keeps its colons). */
    private static int wordEnd(String line, int from) {
      int i = from;
      while (i < line.length()) {
        char c = line.charAt(i);
        boolean colonEnds = c == ':' && (i + 1 == line.length() || Character.isWhitespace(line.charAt(i + 1)));
        if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '`' || c == '=' || colonEnds || ",;(){}[]".indexOf(c) >= 0) {
          return i;
        }
        i++;
      }
      return i;
    }
  }
}
