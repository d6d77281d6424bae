package dev.cfscale.render;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The one escaping place for text and Markdown output: every string that comes from the project (folder names,
 * config keys and values, queue names, SQL, echoed source lines) is printed with its control characters made
 * visible, so a project cannot clear the screen, set a window title or draw an OSC 8 link with fake text in the
 * terminal of whoever reads the report. Escaped: C0 controls but newline and tab ({@code \x1b}, {@code \r}),
 * DEL, C1 controls ({@code \u009b} is a CSI of its own), bidirectional overrides and isolates (the "Trojan
 * Source" reordering, CVE-2021-42574), line and paragraph separators, and unpaired surrogates. JSON and SARIF
 * escape them through Jackson; HTML through its templates.
 */
public final class Printable {
  private Printable() {}

  /** {@code s} with every control character escaped but newline and tab (multi-line text: messages, evidence). */
  public static String text(String s) {
    return escape(s, false);
  }

  /** {@code s} on one line: newlines escaped too (a folder name, a key, a line echoed under a caret). */
  public static String line(String s) {
    return escape(s, true);
  }

  /** A writer that escapes whatever passes through it as {@link #text} does (for renderers that print no colour). */
  public static Writer writer(Writer out) {
    return new EscapingWriter(out);
  }

  /** Escapes each chunk; a high surrogate at a chunk's end waits for the next chunk, so pairs split by buffering stay whole. */
  private static final class EscapingWriter extends FilterWriter {
    private String pending = "";

    EscapingWriter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
      String chunk = pending + s.substring(offset, offset + length);
      boolean split = !chunk.isEmpty() && Character.isHighSurrogate(chunk.charAt(chunk.length() - 1));
      pending = split ? chunk.substring(chunk.length() - 1) : "";
      out.write(text(split ? chunk.substring(0, chunk.length() - 1) : chunk));
    }

    @Override
    public void flush() throws IOException {
      out.write(text(pending));
      pending = "";
      out.flush();
    }

    @Override
    public void close() throws IOException {
      flush();
      out.close();
    }
  }

  /** Whether {@code c} at {@code i} in {@code s} is printed escaped. */
  public static boolean escaped(String s, int i, boolean oneLine) {
    char c = s.charAt(i);
    if (c == '\n') {
      return oneLine;
    }
    if (c == '\t') {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c) || c == '\u2028' || c == '\u2029';
  }

  private static boolean isBidiControl(char c) {
    return c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }

  private static String escape(String s, boolean oneLine) {
    int first = 0;
    while (first < s.length() && !escaped(s, first, oneLine)) {
      first++;
    }
    if (first == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!escaped(s, i, oneLine)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x80) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }
}
