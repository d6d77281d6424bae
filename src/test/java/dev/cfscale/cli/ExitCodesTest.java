package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes as the README documents them: a missing folder or an unwritable output is exit 2 with a sentence. */
class ExitCodesTest {
  @TempDir
  Path temp;

  @Test
  void inspectAndFix_onAMissingDirectory_exit2() {
    String missing = temp.resolve("nope").toString();
    CliRun inspect = CliRun.of("inspect", missing);
    assertThat(inspect.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(inspect.err()).contains(missing + ": not a directory");
    CliRun fix = CliRun.of("fix", missing, "--d1-indexes");
    assertThat(fix.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(fix.err()).contains(missing + ": not a directory");
  }

  @Test
  void outputIntoAMissingFolder_isAnInputError_notAnInternalOne() {
    String target = temp.resolve("missing/report.json").toString();
    CliRun run = CliRun.audit("src/test/resources/inputs/envs", "--format", "json", "-o", target);
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains(target + ": no such file or folder").doesNotContain("internal error");
  }
}
