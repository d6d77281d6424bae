package dev.cfscale.analysis;

import dev.cfscale.discover.ProjectLayout;
import dev.cfscale.facts.config.DeploySetup;
import dev.cfscale.parse.deploy.DotVarsReader;
import dev.cfscale.parse.deploy.PackageManifest;
import dev.cfscale.parse.deploy.PackageManifestReader;
import dev.cfscale.parse.deploy.WorkflowReader;
import dev.cfscale.parse.deploy.WranglerCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a project's package.json scripts (in a config's folder and the folders above it) and CI workflows say
 * about deploying each config: the entry script, whether anything deploys it, names supplied outside the config.
 */
final class DeploySetups {
  private final ProjectLayout layout;
  private final List<WranglerCommand> workflowCommands;
  private final Map<Path, Optional<PackageManifest>> manifests = new java.util.concurrent.ConcurrentHashMap<>();

  DeploySetups(ProjectLayout layout) {
    this.layout = layout;
    this.workflowCommands = WorkflowReader.read(layout.root());
  }

  /** What the scripts say about the config {@code configFile}; {@code defaultName} when wrangler finds it without --config. */
  DeploySetup forConfig(Path configFile, boolean defaultName) {
    Path dir = configFile.toAbsolutePath().normalize().getParent();
    String configPath = layout.relative(configFile);
    String dirPath = relativeDir(dir);
    List<WranglerCommand> applying = new ArrayList<>();
    Map<String, String> supplied = new LinkedHashMap<>();
    for (WranglerCommand c : commands(dir)) {
      boolean targets = c.config().map(cfg -> resolve(c.workingDirectory(), cfg).equals(configPath))
          .orElse(defaultName && c.workingDirectory().equals(dirPath));
      boolean rootWorkflow = c.source().startsWith(".github/") && c.workingDirectory().isEmpty() && c.config().isEmpty();
      if (targets) {
        applying.add(c);
      }
      if (targets || rootWorkflow) {
        c.varNames().forEach(n -> supplied.putIfAbsent(n, "--var in " + c.source()));
        c.secretNames().forEach(n -> supplied.putIfAbsent(n, "secret (wrangler secret put / wrangler-action secrets) in " + c.source()));
      }
    }
    DotVarsReader.names(dir).forEach(n -> supplied.putIfAbsent(n, "local secret file (.dev.vars / .env) in " + (dirPath.isEmpty() ? "." : dirPath)));
    Optional<WranglerCommand> entry = applying.stream().filter(c -> c.deploys() && c.entry().isPresent()).findFirst();
    Map<String, String> copied = new LinkedHashMap<>();
    Path root = layout.root().toAbsolutePath().normalize();
    for (Path p = dir; p != null && p.startsWith(root); p = p.getParent()) {
      manifest(p).ifPresent(m -> m.copies().forEach(c -> copied.putIfAbsent(c.to(), c.from())));
    }
    return new DeploySetup(entry.flatMap(WranglerCommand::entry), entry.map(c -> c.source() + ":" + c.line()),
        applying.stream().anyMatch(WranglerCommand::deploys), supplied, wranglerMajor(dir), copied);
  }

  /** The bindings a config-less Worker's {@code wrangler pages dev} script declares ({@code --kv NAME}), by flag. */
  List<WranglerCommand.CommandBinding> commandLineBindings(Path dir) {
    String dirPath = relativeDir(dir.toAbsolutePath().normalize());
    return commands(dir.toAbsolutePath().normalize()).stream().filter(c -> c.workingDirectory().equals(dirPath))
        .flatMap(c -> c.bindings().stream()).distinct().toList();
  }

  /** Whether the package in {@code dir} is a published library (not private; exports or files). */
  boolean library(Path dir) {
    return manifest(dir.toAbsolutePath().normalize()).map(PackageManifest::library).orElse(false);
  }

  private List<WranglerCommand> commands(Path dir) {
    List<WranglerCommand> out = new ArrayList<>();
    Path root = layout.root().toAbsolutePath().normalize();
    for (Path p = dir; p != null && p.startsWith(root); p = p.getParent()) {
      manifest(p).ifPresent(m -> out.addAll(m.commands()));
    }
    out.addAll(workflowCommands);
    return out;
  }

  private Optional<Integer> wranglerMajor(Path dir) {
    Path root = layout.root().toAbsolutePath().normalize();
    for (Path p = dir; p != null && p.startsWith(root); p = p.getParent()) {
      Optional<Integer> major = manifest(p).flatMap(PackageManifest::wranglerMajor);
      if (major.isPresent()) {
        return major;
      }
    }
    return Optional.empty();
  }

  private Optional<PackageManifest> manifest(Path dir) {
    return manifests.computeIfAbsent(dir, d -> PackageManifestReader.read(d.resolve("package.json"),
        layout.relative(d.resolve("package.json")), relativeDir(d)));
  }

  private String relativeDir(Path dir) {
    Path rel = layout.root().toAbsolutePath().normalize().relativize(dir);
    return ProjectLayout.slashed(rel);
  }

  private static String resolve(String workingDirectory, String file) {
    Path base = Path.of(workingDirectory.isEmpty() ? "." : workingDirectory);
    return base.resolve(file).normalize().toString().replace('\\', '/');
  }
}
