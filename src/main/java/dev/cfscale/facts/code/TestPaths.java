package dev.cfscale.facts.code;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one notion of test code: files under a {@code test/}, {@code tests/}, {@code __tests__/} or
 * {@code tests-e2e/} folder, and {@code *.test.ts} / {@code *.spec.ts} files. A Worker there is a harness
 * (a vitest pool Worker, an end-to-end fixture): no user traffic runs it, so no finding claims a hot path there.
 */
public final class TestPaths {
  private TestPaths() {}

  private static final Pattern TEST_FOLDER = Pattern.compile("(^|/)(tests?|__tests__|tests?-e2e|e2e-tests?)/");
  private static final Pattern TEST_FILE = Pattern.compile("\\.(test|spec)\\.[cm]?[jt]sx?$");

  private static final Remembered TEST_FILES = new Remembered(TestPaths::matches);

  /** True when {@code file} (a path relative to the scanned directory, '/'-separated) is test code. */
  public static boolean isTest(String file) {
    return TEST_FILES.test(file);
  }

  private static boolean matches(String file) {
    String f = file.replace('\\', '/').toLowerCase(Locale.ROOT);
    return TEST_FOLDER.matcher(f).find() || TEST_FILE.matcher(f).find();
  }
}
