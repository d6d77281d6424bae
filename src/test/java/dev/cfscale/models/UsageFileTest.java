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

  @Test
  void numberBeyondADouble_isAnInputError_notACrash(@TempDir Path dir) throws IOException {
    CliRun run = cost(dir, "workers:\n  requests_per_month: 1e309\n");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("usage.yml:2:23: error: 1e309 is too large a number to mean anything here");
  }

  @Test
  void absurdQuantities_areRefusedNotBilled(@TempDir Path dir) throws IOException {
    CliRun run = cost(dir, "workers:\n  requests_per_month: 1e30\nkv:\n  storage_gb: 100000000000000000000000\n"
        + "d1:\n  table_rows:\n    users: 1e16\n");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    // the bound of a count per month is 1e15 in usage/bounds.yml; of GB, 1e9; of a table's rows, 1e15
    assertThat(run.err()).contains("usage.yml:2:3: error: workers.requests_per_month is 1E+30, more than any real project"
        + " (cfscale accepts up to 1E+15 here): check for extra zeros or an exponent")
        .contains("usage.yml:4:3: error: kv.storage_gb is 1E+23, more than any real project (cfscale accepts up to 1,000,000,000 here)")
        .contains("usage.yml:7:5: error: d1.table_rows.users is 1E+16");
    assertThat(run.out()).doesNotContain("Total");
    assertThat(cost(dir, "workers:\n  requests_per_month: 1e14\n").exitCode()).isZero(); // large, but a real bound is not hit
  }

  @Test
  void duplicateKey_isAnError_atTheSecondOne(@TempDir Path dir) throws IOException {
    CliRun run = cost(dir, "workers:\n  requests_per_month: 10\n  cpu_ms_per_request: 5\n  requests_per_month: 20000000\n");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("usage.yml:4:3: error: \"requests_per_month\" is given twice (first on line 2)");
  }

  @Test
  void emptyFile_isAnError(@TempDir Path dir) throws IOException {
    for (String empty : new String[] {"", "# only a comment\n", "\n\n"}) {
      CliRun run = cost(dir, empty);
      assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
      assertThat(run.err()).contains("usage.yml:1:1: error: the usage file is empty");
    }
  }

  @Test
  void unknownWorkersAiModel_isAnErrorAtItsLine(@TempDir Path dir) throws IOException {
    CliRun run = cost(dir, "workers_ai:\n  models:\n    - model: \"@cf/meta/llama-9-imaginary\"\n      requests_per_month: 1000\n");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("usage.yml:3:7: error: workers_ai.models: \"@cf/meta/llama-9-imaginary\" has no published price");
  }

  @Test
  void tabInIndentation_saysSo(@TempDir Path dir) throws IOException {
    CliRun run = cost(dir, "workers:\n\trequests_per_month: 10\n");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("usage.yml:2:1: error: a tab in the indentation: YAML indents with spaces only");
  }

  @Test
  void workloadFile_getsTheSameChecks(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("workload.yml");
    String[][] cases = {
        {"traffic:\n  loop_iterations: 1e309\n", "workload.yml:2:20: error: 1e309 is too large"},
        {"traffic:\n  loop_iterations: 1e30\n", "workload.yml:2:3: error: traffic.loop_iterations is 1E+30, more than any real project"},
        {"traffic:\n  peak_to_average: 3\n  peak_to_average: 4\n", "workload.yml:3:3: error: \"peak_to_average\" is given twice"},
        {"", "workload.yml:1:1: error: the workload file is empty"},
        {"traffic:\n\tpeak_to_average: 3\n", "workload.yml:2:1: error: a tab in the indentation"}};
    for (String[] c : cases) {
      Files.writeString(file, c[0]);
      CliRun run = CliRun.of("plan", "examples/ai-platform", "--workload", file.toString());
      assertThat(run.exitCode()).as(c[0]).isEqualTo(ExitCode.INPUT_ERROR);
      assertThat(run.err()).as(c[0]).contains(c[1]);
      assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }
}
