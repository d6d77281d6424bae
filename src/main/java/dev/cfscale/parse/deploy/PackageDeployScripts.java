package dev.cfscale.parse.deploy;

import dev.cfscale.discover.DeployScripts;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a package's scripts for the Worker they deploy or run with wrangler (for discovery of config-less Workers). */
public final class PackageDeployScripts implements DeployScripts {
  /** wrangler's actions that upload or run a Worker (not a Pages project): they need an entry and bindings. */
  private static final Set<String> WORKER_ACTIONS = Set.of("deploy", "publish", "versions upload", "dev");

  @Override
  public Optional<ScriptedWorker> scriptedWorker(Path packageJson) {
    List<WranglerCommand> commands = PackageManifestReader.read(packageJson, "package.json", "").map(PackageManifest::commands)
        .orElse(List.of()).stream().filter(c -> c.workingDirectory().isEmpty() && WORKER_ACTIONS.contains(c.action())).toList();
    if (commands.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> entry = commands.stream().flatMap(c -> c.entry().stream()).findFirst();
    Optional<String> config = commands.stream().flatMap(c -> c.config().stream()).findFirst();
    return Optional.of(new ScriptedWorker(entry, config));
  }
}
