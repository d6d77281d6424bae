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
    String text = slashed(rel);
    return text.isEmpty() ? file.getFileName().toString() : text;
  }

  /**
   * A path's names joined with '/', as reports and URIs name files. Not {@code toString().replace('\\', '/')}: on
   * Linux and macOS a backslash is an ordinary character of a folder name, not a separator.
   */
  public static String slashed(Path path) {
    StringBuilder text = new StringBuilder(path.getRoot() == null ? "" : path.getRoot().toString().replace(path.getFileSystem().getSeparator(), "/"));
    for (Path name : path) {
      text.append(text.length() == 0 || text.charAt(text.length() - 1) == '/' ? "" : "/").append(name);
    }
    return text.toString();
  }
}
