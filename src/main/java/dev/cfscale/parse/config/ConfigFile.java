package dev.cfscale.parse.config;

import java.nio.file.Path;
import java.util.List;

/**
 * A wrangler config read from disk: its parsed tree, its format and its lines (for carets under
 * problems and for suppression comments).
 */
public record ConfigFile(Path path, String relativePath, ConfigFormat format, ConfigObject root, List<String> lines) {

  public ConfigFile {
    lines = List.copyOf(lines);
  }
}
