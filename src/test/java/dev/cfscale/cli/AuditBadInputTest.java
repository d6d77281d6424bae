package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken input gives one-line file:line:col errors, a caret in text output, exit 2 and never a stack trace. */
class AuditBadInputTest {
  private static final String INPUTS = "src/test/resources/inputs/";

  @Test
  void malformedToml_isOneLineErrorWithCaretAndExit2() {
    CliRun run = CliRun.audit(INPUTS + "broken-toml");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).containsPattern("wrangler\\.toml:3:\\d+: error: ");
    assertThat(run.out()).contains("    [[kv_namespaces]\n").contains("^");
    assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void malformedJsonc_pointsAtTheBadToken() {
    CliRun run = CliRun.audit(INPUTS + "broken-json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).containsPattern("wrangler\\.jsonc:4:\\d+: error: .*");
    assertThat(run.all()).doesNotContain("Exception");
  }

  @Test
  void wrongType_isReportedAtTheValue() {
    CliRun run = CliRun.audit(INPUTS + "wrong-type");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).contains("wrangler.toml:7:1: error: \"queues.consumers[0].max_retries\" should be a number but is a string");
  }

  @Test
  void brokenFileInMonorepo_restIsStillAnalysed_andSkippedFoldersAreIgnored() {
    CliRun run = CliRun.audit(INPUTS + "mixed-monorepo", "--format", "json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).contains("\"file\" : \"apps/bad/wrangler.json\"");
    assertThat(run.out()).contains("queues/no-dead-letter-queue").contains("apps/good/wrangler.toml");
    assertThat(run.out()).doesNotContain("not-ours").doesNotContain("generated").doesNotContain("node_modules");
  }

  @Test
  void namedConfigThatIsADirectory_exits2() {
    CliRun run = CliRun.audit(INPUTS, "--config", INPUTS + "envs");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).contains("envs:1:1: error: is a directory, not a config file");
  }

  @Test
  void missingConfig_exits2WithOneLine() {
    CliRun run = CliRun.audit(INPUTS, "--config", "nope.toml");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err().strip().lines()).hasSize(1).first().asString().contains("nope.toml:1:1: config file not found");
  }

  @Test
  void binaryJunk_isRejectedWithoutParsing() {
    CliRun run = CliRun.audit(INPUTS, "--config", INPUTS + "binary-junk.toml");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).contains("binary-junk.toml:1:1: error: binary file");
  }

  @Test
  void hugeFile_isNotRead(@TempDir Path dir) throws IOException {
    Path huge = dir.resolve("wrangler.toml");
    Files.writeString(huge, "# padding\n".repeat(600_000));
    CliRun run = CliRun.audit(dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).contains("wrangler.toml:1:1: error: file is").contains("are not read");
  }

  @Test
  void unknownEnvironment_isAnInputError() {
    CliRun run = CliRun.audit(INPUTS + "envs", "--env", "prod");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).contains("No environment found in configuration with name \"prod\"").contains("staging");
  }

  @Test
  void usageErrors_exit2WithoutStackTrace() {
    assertThat(CliRun.audit("does/not/exist").exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    CliRun badFormat = CliRun.audit(INPUTS + "envs", "--format", "xml");
    assertThat(badFormat.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(badFormat.err()).contains("xml");
    CliRun badFailOn = CliRun.audit(INPUTS + "envs", "--fail-on", "urgent");
    assertThat(badFailOn.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(badFailOn.err()).contains("unknown severity \"urgent\"");
    assertThat(CliRun.of("explain", "nope/nothing").exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
  }

  @Test
  void malformedBaseline_exits2WithPosition(@TempDir Path dir) throws IOException {
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(baseline, "{ \"findings\": [ }");
    CliRun run = CliRun.audit(INPUTS + "envs", "--baseline", baseline.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).containsPattern("baseline\\.json:1:\\d+: ");
  }

  @Test
  void baselineThatIsADevice_exits2WithASentence() {
    CliRun run = CliRun.audit(INPUTS + "envs", "--baseline", "/dev/zero");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("/dev/zero:1:1: baseline not read: is not a regular file");
  }

  @Test
  void baselineLargerThanTheInputCap_isRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path baseline = dir.resolve("baseline.json");
    byte[] huge = new byte[(int) dev.cfscale.discover.InputFiles.MAX_INPUT_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    Files.write(baseline, huge);
    CliRun run = CliRun.audit(INPUTS + "envs", "--baseline", baseline.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("baseline.json:1:1: baseline not read: file is " + huge.length + " bytes");
  }
}
