package dev.cfscale.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Expectations written inside fixture files, in the file's own comment syntax ({@code #} or {@code //}),
 * read the same way by {@link RuleFixturesTest} and {@link PrecisionTest} (error-prone's
 * {@code // BUG: Diagnostic contains:}):
 * <ul>
 *   <li>{@code // expect: RULE} on the line above a finding of RULE; {@code // expect: RULE contains: TEXT}
 *       also pins the message, which must contain TEXT; several consecutive {@code expect} lines above one line
 *       each expect a finding on that line (two rules, or two findings of one rule, on the same code);</li>
 *   <li>{@code // quiet: REASON}, alone on a line or after the code, says which near-miss that code is
 *       (a quiet fixture names at least one).</li>
 * </ul>
 */
record Markers(List<Expected> expected, List<Quiet> quiet) {
  private static final Pattern EXPECT = Pattern.compile("^(?:#|//)\\s*expect:\\s*(\\S+)(?:\\s+contains:\\s*(.+?))?\\s*$");
  private static final Pattern QUIET = Pattern.compile("(?:^|\\s)(?:#|//)\\s*quiet:\\s*(.*?)\\s*$");

  /** A finding the fixture expects: {@code file:line} (relative to the fixture), its rule and optional message text. */
  record Expected(String file, int line, String ruleId, Optional<String> messageContains) {
    String place() {
      return file + ":" + line;
    }
  }

  /** A near-miss the fixture guards, with the reason written beside it. */
  record Quiet(String file, int line, String reason) {}

  /** Every marker in the files under {@code root} whose names end with one of {@code endings} (all files when none). */
  static Markers in(Path root, String... endings) throws IOException {
    List<Expected> expected = new ArrayList<>();
    List<Quiet> quiet = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).filter(p -> endsWithAny(p, endings)).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher e = EXPECT.matcher(lines.get(i).trim());
          if (e.find()) {
            expected.add(new Expected(relative, targetLine(lines, i), e.group(1), Optional.ofNullable(e.group(2))));
          }
          Matcher q = QUIET.matcher(lines.get(i));
          if (q.find()) {
            quiet.add(new Quiet(relative, i + 1, q.group(1)));
          }
        }
      }
    }
    return new Markers(expected, quiet);
  }

  /**
   * The 1-based line an expect marker at index {@code marker} points at: the first line after it that is not itself
   * an expect marker, so stacked markers all name the same code line.
   */
  private static int targetLine(List<String> lines, int marker) {
    int target = marker + 1;
    while (target < lines.size() && EXPECT.matcher(lines.get(target).trim()).find()) {
      target++;
    }
    return target + 1;
  }

  /** The expected findings of {@code ruleId}. */
  List<Expected> of(String ruleId) {
    return expected.stream().filter(e -> e.ruleId().equals(ruleId)).toList();
  }

  private static boolean endsWithAny(Path file, String... endings) {
    if (endings.length == 0) {
      return true;
    }
    String name = file.getFileName().toString();
    for (String ending : endings) {
      if (name.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
