package dev.cfscale.parse.deploy;

import dev.cfscale.discover.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the vitest configs that run a wrangler config in the Workers pool
 * ({@code poolOptions.workers.wrangler.configPath: "./wrangler.toml"}, {@code cloudflareTest({ wrangler: { configPath } })}).
 */
public final class TestRunnerConfigs {
  private static final List<String> NAMES = List.of("vitest.config.ts", "vitest.config.mts", "vitest.config.js", "vitest.config.mjs",
      "vitest.config.cts", "vitest.workspace.ts", "vitest.workspace.js", "vite.config.ts", "vite.config.mts", "vite.config.js");
  private static final long MAX_BYTES = 256 * 1024;

  private TestRunnerConfigs() {}

  /** The vitest config in {@code dir} whose Workers pool reads the config named {@code configName}, if any. */
  public static Optional<Path> referencing(Path dir, String configName) {
    for (String name : NAMES) {
      Path file = dir.resolve(name);
      try {
        if (Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES) {
          String text = InputFiles.readString(file);
          if (text.contains("configPath") && text.contains(configName)) {
            return Optional.of(file);
          }
        }
      } catch (IOException | RuntimeException e) {
        // unreadable: not evidence of anything
      }
    }
    return Optional.empty();
  }
}
