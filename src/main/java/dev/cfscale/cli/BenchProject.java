package dev.cfscale.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a generated monorepo for {@link BenchCommand}: alternating TOML and JSONC Workers with every common binding. */
final class BenchProject {
  private BenchProject() {}

  /** Generates {@code workers} Workers under {@code root}; returns the number of config lines written. */
  static long generate(Path root, int workers) throws IOException {
    long lines = 0;
    for (int i = 0; i < workers; i++) {
      Path dir = Files.createDirectories(root.resolve("apps/worker-" + i));
      String text = i % 2 == 0 ? toml(i) : jsonc(i);
      Files.writeString(dir.resolve(i % 2 == 0 ? "wrangler.toml" : "wrangler.jsonc"), text);
      lines += text.lines().count();
    }
    return lines;
  }

  private static String toml(int i) {
    return BenchTemplates.read("config-worker.toml").formatted(i);
  }

  private static String jsonc(int i) {
    return """
        // generated worker %1$d
        {
          "name": "worker-%1$d",
          "main": "src/index.ts",
          "compatibility_date": "2025-06-01",
          "observability": { "enabled": true },
          "limits": { "cpu_ms": 50 },
          "r2_buckets": [{ "binding": "FILES", "bucket_name": "files-%1$d" }],
          "vectorize": [{ "binding": "INDEX", "index_name": "idx-%1$d" }],
          "ai": { "binding": "AI" },
          "services": [{ "binding": "AUTH", "service": "worker-%2$d" }],
          "env": {
            "staging": {
              "r2_buckets": [{ "binding": "FILES", "bucket_name": "files-stg-%1$d" }],
            },
          },
        }
        """.formatted(i, Math.max(0, i - 1));
  }
}
