package dev.cfscale.discover;

import java.nio.file.Path;
import java.util.List;

/**
 * What discovery found: the configs to analyse (one per folder), those that wrangler would not
 * read because a higher-precedence file sits beside them, and variant configs
 * ({@code wrangler.indexing.toml}, deployed with {@code --config}) that are not audited but tell
 * which queues the repository consumes.
 */
public record ProjectLayout(Path root, List<Path> configs, List<Path> shadowedConfigs, List<Path> variantConfigs) {

  public ProjectLayout {
    configs = List.copyOf(configs);
    shadowedConfigs = List.copyOf(shadowedConfigs);
    variantConfigs = List.copyOf(variantConfigs);
  }

  /** How a file is named in reports: relative to the scanned directory, with forward slashes. */
  public String relative(Path file) {
    Path rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    String text = rel.toString().replace('\\', '/');
    return text.isEmpty() ? file.getFileName().toString() : text;
  }
}
