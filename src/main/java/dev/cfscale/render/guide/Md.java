package dev.cfscale.render.guide;

import dev.cfscale.render.Printable;

/**
 * Escaping for GitHub-flavoured Markdown: text from the project (file names, SQL, messages) is printed as text,
 * never as markup, links or HTML, inside table cells too; control characters (ANSI escapes) are made visible as
 * {@link Printable} escapes them.
 */
final class Md {
  private Md() {}

  /** Plain text: Markdown and HTML punctuation escaped, one line. */
  static String text(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '|', '#', '~' -> out.append('\\').append(c);
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(Printable.escaped(s, i, true) ? Printable.line(String.valueOf(c)) : String.valueOf(c));
      }
    }
    return out.toString();
  }

  /** Text inside an HTML element (a {@code <summary>}), where Markdown is not processed: HTML-escaped, one line. */
  static String html(String s) {
    return Svg.escape(clean(s));
  }

  /** A code span that holds {@code s} literally (a fence longer than any backtick run inside), one line, safe in a table. */
  static String code(String s) {
    String clean = clean(s).replace("|", "\\|");
    int run = 0;
    int longest = 0;
    for (int i = 0; i < clean.length(); i++) {
      run = clean.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = clean.startsWith("`") || clean.endsWith("`") || clean.isEmpty() ? " " : "";
    return fence + pad + clean + pad + fence;
  }

  /** A fenced code block that holds {@code s} literally (control characters escaped). */
  static String block(String language, String s) {
    String body = Printable.text(s);
    String fence = body.contains("```") ? "~~~~" : "```";
    return fence + language + "\n" + body + "\n" + fence + "\n";
  }

  private static String clean(String s) {
    return Printable.line(s.replaceAll("[\\r\\n\\t]", " "));
  }
}
