package dev.cfscale.discover;

import java.nio.file.Path;
import java.util.List;

/**
 * What discovery found: the configs to audit (each with its role), the config-like files it skipped and why,
 * and the Workers that have no config at all.
 */
public record ProjectLayout(Path root, List<DiscoveredConfig> configs, List<SkippedFile> skipped, List<ConfiglessWorker> configless) {

  public ProjectLayout {
    configs = List.copyOf(configs);
    skipped = List.copyOf(skipped);
    configless = List.copyOf(configless);
  }

  /** How a file is named in reports: relative to the scanned directory, with forward slashes. */
  public String relative(Path file) {
    Path rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    String text = rel.toString().replace('\\', '/');
    return text.isEmpty() ? file.getFileName().toString() : text;
  }
}
