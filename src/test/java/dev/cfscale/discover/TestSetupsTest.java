package dev.cfscale.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which folders hold test setups, from their names alone (asked of every folder of every audited root). */
class TestSetupsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "test, true", "Tests, true", "__tests__, true", "spec, true", "__mocks__, true",
      "tests-e2e, true", "e2e-tests, true", "browser-tests, true", "test_utils, true", "my.test.setup, true",
      "-test, true", "test-, true", "a--tests, true",
      "latest, false", "contest, false", "testing, false", "e2e, false", "src, false", "'', false", "-, false", "attest-x, false"})
  void testSegment(String segment, boolean test) {
    assertThat(TestSetups.isTestSegment(segment)).isEqualTo(test);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "apps/api, ''", "apps/api/test, apps/api/test", "src/e2e-tests/app, src/e2e-tests", "examples/e2e/app-router, ''",
      "examples/e2e, examples/e2e", "packages/worker/test_utils/fixtures, packages/worker/test_utils"})
  void testFolder(String folder, String expected) {
    Path root = Path.of("/repo");
    assertThat(TestSetups.testFolder(root, root.resolve(folder)))
        .isEqualTo(expected.isEmpty() ? Optional.empty() : Optional.of(expected));
  }
}
