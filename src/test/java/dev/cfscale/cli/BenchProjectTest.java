package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --project DIR} times a real project's audit and prints figures only; a missing folder is exit 2. */
class BenchProjectTest {
  @TempDir
  Path temp;

  @Test
  void timesTheAuditOfAProjectFolder() {
    CliRun run = CliRun.of("bench", "--project", "examples/ai-platform", "--iterations", "2");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).containsPattern("project examples/ai-platform: first run [0-9.]+ s wall, [0-9.]+ s CPU, peak heap [0-9]+ MB; "
        + "2 warm runs: median [0-9.]+ s wall \\(min [0-9.]+\\), [0-9.]+ s CPU \\(min [0-9.]+\\); [1-9][0-9]* findings");
  }

  @Test
  void aMissingFolder_isAnInputError() {
    String missing = temp.resolve("nope").toString();
    CliRun run = CliRun.of("bench", "--project", missing);
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains(missing + ": not a directory");
  }
}
