package dev.cfscale.analysis;

import java.util.List;

/**
 * Tags of a template engine in a config that does not parse: Liquid, Handlebars and Jinja write {@code {{ value }}} and
 * {@code {% if ... %}}, which no TOML or JSON value can hold unquoted. A project generator (cargo-generate,
 * create-cloudflare) fills them in; the file is a template of a config, not one to audit.
 */
final class TemplateTags {
  private TemplateTags() {}

  /** A line holds {@code {{ ... }}} or {@code {% ... %}}. */
  static boolean written(List<String> lines) {
    return lines.stream().anyMatch(line -> tag(line, "{{", "}}") || tag(line, "{%", "%}"));
  }

  private static boolean tag(String line, String open, String close) {
    int start = line.indexOf(open);
    return start >= 0 && line.indexOf(close, start + open.length()) > start;
  }
}
