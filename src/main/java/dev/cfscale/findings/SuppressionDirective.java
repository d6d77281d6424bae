package dev.cfscale.findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inline {@code cfscale-ignore RULE[,RULE] reason} comment. It applies to findings on its own
 * line (a trailing comment) and on the line below (a comment above the code). Only the comment
 * marker is looked for; the file itself is parsed by the real parsers elsewhere.
 */
public record SuppressionDirective(Location location, List<String> ruleIds, String reason, String text) {
  private static final Pattern DIRECTIVE = Pattern.compile("cfscale-ignore(?=\\s|$)(?:\\s+(\\S+))?(?:\\s+(.*))?");

  public SuppressionDirective {
    ruleIds = List.copyOf(ruleIds);
  }

  /** Every directive written in a comment of {@code source}. */
  public static List<SuppressionDirective> parse(SourceFile source) {
    List<SuppressionDirective> out = new ArrayList<>();
    if (source.lineCommentPrefix().isEmpty()) {
      return out;
    }
    for (int i = 0; i < source.lines().size(); i++) {
      String line = source.lines().get(i);
      int comment = commentStart(line, source.lineCommentPrefix());
      if (comment < 0) {
        continue;
      }
      String body = line.substring(comment + source.lineCommentPrefix().length()).trim();
      Matcher m = DIRECTIVE.matcher(body);
      if (m.lookingAt()) {
        List<String> ids = m.group(1) == null ? List.of() : Arrays.asList(m.group(1).split(","));
        String reason = m.group(2) == null ? "" : m.group(2).trim();
        out.add(new SuppressionDirective(new Location(source.relativePath(), i + 1, comment + 1), ids, reason, body));
      }
    }
    return out;
  }

  /** The start of a line comment that holds a directive, or -1. */
  private static int commentStart(String line, String prefix) {
    int from = 0;
    while (true) {
      int at = line.indexOf(prefix, from);
      if (at < 0) {
        return -1;
      }
      if (line.substring(at + prefix.length()).trim().startsWith("cfscale-ignore")) {
        return at;
      }
      from = at + prefix.length();
    }
  }

  /** A directive counts only with a rule id and a reason. */
  public boolean isValid() {
    return !ruleIds.isEmpty() && !reason.isBlank();
  }

  /** Whether this directive silences {@code finding} (whose rule may also be known by {@code aliases}). */
  public boolean covers(Finding finding, List<String> aliases) {
    Location at = finding.location();
    boolean near = at.file().equals(location.file()) && (at.line() == location.line() || at.line() == location.line() + 1);
    return isValid() && near && (ruleIds.contains(finding.ruleId()) || aliases.stream().anyMatch(ruleIds::contains));
  }
}
