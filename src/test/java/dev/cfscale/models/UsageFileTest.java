package dev.cfscale.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.CliRun;
import dev.cfscale.cli.ExitCode;
import dev.cfscale.facts.usage.UsageKey;
import dev.cfscale.facts.usage.UsageKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage files: the documented example is complete, and mistakes are reported at file:line:col with exit 2. */
class UsageFileTest {

  @Test
  void exampleFile_documentsEveryKey() throws IOException {
    String example = Files.readString(Path.of("usage.example.yml"));
    for (UsageKey key : UsageKeys.all()) {
      assertThat(example).as("%s.%s", key.product(), key.name()).containsPattern("(?m)^\\s*#?\\s*" + key.name() + ":");
    }
    CliRun run = CliRun.of("cost", "--usage", "usage.example.yml");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Total").contains("Cloudflare facts");
  }

  private static CliRun cost(Path dir, String yaml) throws IOException {
    Path file = dir.resolve("usage.yml");
    Files.writeString(file, yaml);
    return CliRun.of("cost", dir.toString(), "--usage", file.toString());
  }

  @Test
  void unknownKey_getsPositionAndSuggestion(@TempDir Path dir) throws IOException {
    CliRun run = cost(dir, "workers:\n  request_per_month: 10\n");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("usage.yml:2:3: error: unknown key \"request_per_month\" in workers; did you mean \"requests_per_month\"?");
  }

  @Test
  void unitInValue_isRejectedWithAHint(@TempDir Path dir) throws IOException {
    CliRun run = cost(dir, "workers:\n  requests_per_month: 15M\n");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("usage.yml:2:3: error: workers.requests_per_month must be a number").contains("unit is in the key name");
  }

  @Test
  void wrongUnitKey_isAnUnknownKey(@TempDir Path dir) throws IOException {
    CliRun run = cost(dir, "kv:\n  storage_mb: 200\n");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("unknown key \"storage_mb\" in kv; did you mean \"storage_gb\"?");
  }

  @Test
  void negativeQuantity_andBadPlan_areErrors(@TempDir Path dir) throws IOException {
    CliRun run = cost(dir, "plan: enterprise\nd1:\n  rows_read_per_month: -5\n");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("usage.yml:1:1: error: plan must be free or paid").contains("usage.yml:3:3: error: d1.rows_read_per_month must not be negative");
  }

  @Test
  void yamlSyntaxError_hasAPosition(@TempDir Path dir) throws IOException {
    CliRun run = cost(dir, "workers:\n  requests_per_month: [1,\n");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).containsPattern("usage\\.yml:\\d+:\\d+: error: ");
    assertThat(run.all()).doesNotContain("Exception");
  }

  @Test
  void missingUsageFile_andTiersWithoutUsage_areUsageErrors() {
    assertThat(CliRun.of("cost", "--usage", "nope.yml").exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    CliRun tiers = CliRun.of("cost", "examples/ai-platform", "--tiers", "1m");
    assertThat(tiers.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(tiers.err()).contains("--tiers scales a usage file");
    assertThat(CliRun.of("cost", "--usage", "usage.example.yml", "--tiers", "lots").err()).contains("bad tier \"lots\"");
  }
}
