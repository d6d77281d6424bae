package dev.cfscale.analysis;

import dev.cfscale.discover.TestSetups;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.Setting;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.parse.deploy.TestRunnerConfigs;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Recognises a config that only a test runner uses: the vitest Workers pool reads it, nothing deploys it, and it
 * belongs to a published library or points at a test entry ({@code main = "src/e2e/index.ts"}). Such a config is a
 * library's test fixture, not a Worker anyone deploys.
 */
final class TestFixtures {

  private TestFixtures() {}

  /** Why {@code configFile} is a test fixture, or empty when it may be deployed. */
  static Optional<String> reason(Path configFile, WorkerConfig worker, DeploySetups setups) {
    if (worker.deploy().deployCommand()) {
      return Optional.empty();
    }
    Path dir = configFile.toAbsolutePath().normalize().getParent();
    Optional<Path> vitest = TestRunnerConfigs.referencing(dir, configFile.getFileName().toString());
    if (vitest.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> main = worker.environments().stream().filter(e -> e.environment().isEmpty()).findFirst()
        .flatMap(WorkerEnvironment::main).flatMap(Setting::asText);
    boolean testEntry = main.map(m -> TestSetups.testFolder(dir, dir.resolve(m).normalize().getParent()).isPresent()
        || m.matches("(?i).*\\be2e\\b.*")).orElse(false);
    if (!testEntry && !setups.library(dir)) {
      return Optional.empty();
    }
    return Optional.of("used by the vitest Workers pool (" + vitest.get().getFileName() + ") of "
        + (testEntry ? "a test entry (main = " + main.orElse("") + ")" : "a published library") + ", and no script deploys it");
  }
}
