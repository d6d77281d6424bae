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

/** Messages a newcomer understands: no library internals, no native panic text, a suggestion for a typo. */
class NewcomerMessagesTest {
  @TempDir
  Path dir;

  @Test
  void emptyFolder_saysNoWorkerConfigWasFound_andExits2() {
    CliRun run = CliRun.audit(dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains(dir + ": no Worker config found");
    assertThat(run.out()).doesNotContain("0 findings");
  }

  @Test
  void emptyFolderAmongSeveral_saysNoWorkerConfigWasFound_forThatFolder_andTheOthersAreStillReported() throws IOException {
    Path worker = Files.createDirectories(dir.resolve("worker"));
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(worker.resolve("wrangler.toml"), "name = \"w\"\ncompatibility_date = \"2025-01-01\"\n");
    CliRun run = CliRun.audit(worker.toString(), empty.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).contains(empty + ":1:1: error: no Worker config found").contains(worker + "/wrangler.toml  config: w");
  }

  @Test
  void mainWithASyntaxError_isNamedWithItsPosition_notAsMissingSources() throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"w\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-01-01\"\n");
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/index.ts"), "export default {\n  fetch() {\n    const x = (1 + ;\n  }\n}\n");
    CliRun run = CliRun.audit(dir.toString());
    assertThat(run.out()).contains("0 modules (main src/index.ts: src/index.ts:3:").contains("not analysed (SyntaxError")
        .doesNotContain("no source files found");
  }

  @Test
  void emptyConfig_isAnInputError_atTheFile() throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), "\n  \n");
    CliRun run = CliRun.audit(dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).contains("wrangler.toml:1:1: error: empty file: no Worker config in it");
  }

  @Test
  void mistypedOptionAndRule_getADidYouMean() {
    CliRun option = CliRun.audit(dir.toString(), "--fial-on", "high");
    assertThat(option.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(option.err()).contains("Did you mean --fail-on?");
    CliRun rule = CliRun.of("explain", "d1/ful-table-scan");
    assertThat(rule.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(rule.err()).contains("did you mean d1/full-table-scan");
  }

  @Test
  void mistypedRuleIdInSettings_getsADidYouMean() throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"w\"\ncompatibility_date = \"2025-01-01\"\n");
    Files.writeString(dir.resolve(".cfscale.yml"), "rules:\n  workers/no-cpu-limt: off\n");
    CliRun run = CliRun.audit(dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.out()).contains(".cfscale.yml:2:3: error: unknown rule id \"workers/no-cpu-limt\"; did you mean workers/no-cpu-limit?");
  }

  @Test
  void progressLine_erasesItself() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("CI") == null, "no progress line in CI");
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"w\"\ncompatibility_date = \"2025-01-01\"\n");
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    Main.run(new Console(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), true), "audit", dir.toString());
    // "cfscale: analysing DIR ..." then a carriage return and ANSI "erase line": nothing of it stays on screen
    assertThat(err.toString()).startsWith("cfscale: analysing ").endsWith("\r\u001b[2K");
  }

  @Test
  void progressLine_escapesAHostileFolderName() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("CI") == null, "no progress line in CI");
    Path hostile = Files.createDirectories(dir.resolve("x\u001b]0;pwned\u0007"));
    Files.writeString(hostile.resolve("wrangler.toml"), "name = \"w\"\ncompatibility_date = \"2025-01-01\"\n");
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    Main.run(new Console(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), true), "audit", hostile.toString());
    // only our own erase-line sequence reaches the terminal: the folder's OSC title sequence is printed escaped
    assertThat(err.toString()).doesNotContain("\u001b]0;").doesNotContain("\u0007").contains("pwned");
  }

  @Test
  void sourceThatIsNotUtf8_isNamedInASentence_notTheDecodersInternals() throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"w\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-01-01\"\n");
    Files.createDirectories(dir.resolve("src"));
    Files.write(dir.resolve("src/index.ts"), new byte[] {'/', '/', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
    CliRun run = CliRun.audit(dir.toString());
    assertThat(run.out()).contains("src/index.ts").contains("is not UTF-8 text").doesNotContain("Input length");
  }

  /** swc4j panics in Rust on every syntax error; the standalone command keeps that text off standard error. */
  @Test
  void syntaxError_isAProblem_withoutTheNativePanicText() throws IOException, InterruptedException {
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"w\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-01-01\"\n");
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/index.ts"), "export default { fetch( {\n");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "audit", dir.toString()));
    builder.environment().put("RUST_BACKTRACE", "1");
    builder.environment().remove("CFSCALE_NATIVE_STDERR");
    builder.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(out).contains("src/index.ts:1:");
    assertThat(err).doesNotContain("panicked").doesNotContain("JavaException").doesNotContain("stack backtrace");
  }
}
