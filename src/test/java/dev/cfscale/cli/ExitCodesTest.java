package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

  /** A heap far too small for the bundled example: exit 3 with a sentence, never a stack trace. */
  @Test
  void outOfMemory_isExit3WithASentence() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-Xmx8m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "audit", "examples/ai-platform"));
    builder.redirectOutput(temp.resolve("out.txt").toFile()).redirectError(temp.resolve("err.txt").toFile());
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(err).contains("cfscale: error: out of memory").doesNotContain("\tat ").doesNotContain("Exception in thread");
  }
}
