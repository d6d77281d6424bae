package dev.cfscale.discover;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises folders that hold test setups ({@code test/}, {@code tests-e2e/}, {@code src/e2e-tests/}): a config
 * there is used by a test runner (vitest-pool-workers, Playwright against wrangler dev), not deployed, and its
 * code is a harness.
 */
public final class TestSetups {
  private static final Set<String> TEST_FOLDERS = Set.of("test", "tests", "__tests__", "__test__", "spec", "specs", "__mocks__",
      "__fixtures__");
  private static final Set<String> TEST_WORDS = Set.of("test", "tests");
  private static final String WORD_SEPARATORS = "-_.";

  private TestSetups() {}

  /**
   * The test folder {@code folder} is in (relative to {@code root}), if any. A folder named {@code e2e} counts only
   * when the config sits directly in it: {@code examples/e2e/app-router/} is an app that an e2e suite deploys.
   */
  public static Optional<String> testFolder(Path root, Path folder) {
    Path relative = root.toAbsolutePath().normalize().relativize(folder.toAbsolutePath().normalize());
    String path = ProjectLayout.slashed(relative);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length; i++) {
      if (isTestSegment(segments[i]) || (i == segments.length - 1 && segments[i].equalsIgnoreCase("e2e"))) {
        return Optional.of(String.join("/", Arrays.copyOfRange(segments, 0, i + 1)));
      }
    }
    return Optional.empty();
  }

  /** {@code tests}, {@code tests-e2e}, {@code e2e-tests}, {@code browser-tests}, {@code test_utils}: not {@code latest}. */
  static boolean isTestSegment(String segment) {
    String lower = segment.toLowerCase(Locale.ROOT);
    if (TEST_FOLDERS.contains(lower)) {
      return true;
    }
    // the words between '-', '_' and '.', without String.split's pattern: asked of every folder of every root
    int start = 0;
    for (int i = 0; i <= lower.length(); i++) {
      if (i == lower.length() || WORD_SEPARATORS.indexOf(lower.charAt(i)) >= 0) {
        if (TEST_WORDS.contains(lower.substring(start, i))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }
}
