package dev.cfscale.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The comment an author wrote for a config line: after the value on the same line, or on the comment lines just
 * above it ({@code #} in TOML, {@code //} in JSONC). Quoted text is skipped, so {@code "https://x"} is not a comment;
 * cfscale's own directives ({@code cfscale-ignore}, and the {@code expect:} / {@code quiet:} markers of its test
 * fixtures) are not the author's explanation and are left out.
 */
final class ConfigComments {
  private static final java.util.regex.Pattern DIRECTIVE = java.util.regex.Pattern.compile("cfscale-ignore\\b|expect:|quiet:");
  private final List<String> lines;
  private final String prefix;

  ConfigComments(List<String> lines, String prefix) {
    this.lines = List.copyOf(lines);
    this.prefix = prefix;
  }

  static ConfigComments none() {
    return new ConfigComments(List.of(), "#");
  }

  /** The comment for 1-based {@code line}: trailing text, then the comment block right above, joined by spaces. */
  String at(int line) {
    if (line < 1 || line > lines.size()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (int i = line - 2; i >= 0; i--) {
      String above = lines.get(i).trim();
      if (!above.startsWith(prefix)) {
        break;
      }
      String text = above.substring(prefix.length()).trim();
      if (!DIRECTIVE.matcher(text).lookingAt()) {
        parts.add(text);
      }
    }
    Collections.reverse(parts);
    trailing(lines.get(line - 1)).filter(t -> !DIRECTIVE.matcher(t).lookingAt()).ifPresent(parts::add);
    return String.join(" ", parts).trim();
  }

  private java.util.Optional<String> trailing(String text) {
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (text.startsWith(prefix, i)) {
        return i == 0 ? java.util.Optional.empty() : java.util.Optional.of(text.substring(i + prefix.length()).trim());
      }
    }
    return java.util.Optional.empty();
  }
}
