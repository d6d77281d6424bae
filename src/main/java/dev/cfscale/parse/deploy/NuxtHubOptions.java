package dev.cfscale.parse.deploy;

import dev.cfscale.discover.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code hub: { ... }} options of a {@code nuxt.config} using NuxtHub: which Cloudflare resources NuxtHub binds
 * for the app ({@code database} is D1 bound as {@code DB}, {@code kv} and {@code cache} are KV, {@code blob} is R2).
 * Read from the text: the config is code, but these options are literal in practice.
 *
 * @param features the enabled options among {@code database}, {@code kv}, {@code blob} and {@code cache}
 */
public record NuxtHubOptions(Set<String> features) {
  private static final Pattern HUB = Pattern.compile("\\bhub\\s*:\\s*\\{");
  /** {@code database: true}, or NuxtHub 0.10's {@code db: 'sqlite'}. */
  private static final Pattern ENABLED = Pattern.compile("\\b(database|db|kv|blob|cache)\\s*:\\s*(true|['\"`]\\w+['\"`]|\\{)");

  public NuxtHubOptions {
    features = Set.copyOf(features);
  }

  /** The options in {@code nuxtConfig}; none when it cannot be read or has no {@code hub} block. */
  public static NuxtHubOptions read(Path nuxtConfig) {
    try {
      return parse(InputFiles.readString(nuxtConfig));
    } catch (IOException | RuntimeException e) {
      return new NuxtHubOptions(Set.of());
    }
  }

  static NuxtHubOptions parse(String text) {
    Matcher hub = HUB.matcher(text);
    if (!hub.find()) {
      return new NuxtHubOptions(Set.of());
    }
    String block = balanced(text, hub.end() - 1);
    Set<String> out = new LinkedHashSet<>();
    Matcher m = ENABLED.matcher(block);
    while (m.find()) {
      out.add(m.group(1).equals("db") ? "database" : m.group(1));
    }
    return new NuxtHubOptions(out);
  }

  /** The text between the brace at {@code open} and its match (the rest of the text if unbalanced). */
  private static String balanced(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return text.substring(open + 1, i);
      }
    }
    return text.substring(open + 1);
  }
}
