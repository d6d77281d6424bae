package dev.cfscale.parse.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template placeholders written where a value goes ({@code {{ACCOUNT_ID}}}, {@code ${KV_ID}}, {@code <your-kv-id>}),
 * turned into quoted strings of the same length so a template parses with its positions unchanged.
 */
final class Placeholders {
  /** A placeholder right after {@code =} or {@code :} (the value position), outside quotes. */
  private static final Pattern VALUE = Pattern.compile("([=:]\\s*)(\\{\\{[^}\\n]*}}|\\$\\{[^}\\n]*}|<[^>\\n\"]*>)");

  private Placeholders() {}

  static String quote(String text) {
    Matcher m = VALUE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String placeholder = m.group(2);
      // same length: the first and last characters become quotes, the inside stays
      String quoted = "\"" + placeholder.substring(1, placeholder.length() - 1).replace("\"", "'") + "\"";
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + quoted));
    }
    m.appendTail(out);
    return out.toString();
  }
}
