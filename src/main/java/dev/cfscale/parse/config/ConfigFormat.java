package dev.cfscale.parse.config;

import java.nio.file.Path;
import java.util.Locale;

/** The three formats wrangler reads; JSON and JSONC are parsed alike (comments, trailing commas). */
public enum ConfigFormat {
  TOML("#"),
  JSON("//"),
  JSONC("//");

  private final String lineCommentPrefix;

  ConfigFormat(String lineCommentPrefix) {
    this.lineCommentPrefix = lineCommentPrefix;
  }

  /** The line comment that suppression directives are written in. */
  public String lineCommentPrefix() {
    return lineCommentPrefix;
  }

  /**
   * Chooses by file suffix as wrangler does; an example or template ({@code wrangler.jsonc.example}) by the
   * format named before its last suffix. Any other name is read as TOML.
   */
  public static ConfigFormat of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonc") || name.contains(".jsonc.")) {
      return JSONC;
    }
    return name.endsWith(".json") || name.contains(".json.") ? JSON : TOML;
  }
}
