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
    return """
        name = "worker-%1$d"
        main = "src/index.ts"
        compatibility_date = "2025-06-01"
        compatibility_flags = ["nodejs_compat"]

        [observability]
        enabled = true

        [vars]
        LOG_LEVEL = "info"

        [[kv_namespaces]]
        binding = "CACHE"
        id = "kv-%1$d"

        [[d1_databases]]
        binding = "DB"
        database_name = "db-%1$d"
        database_id = "d1-%1$d"

        [[queues.producers]]
        binding = "JOBS"
        queue = "jobs-%1$d"

        [[queues.consumers]]
        queue = "jobs-%1$d"
        max_batch_size = 10
        max_retries = 5

        [[durable_objects.bindings]]
        name = "ROOM"
        class_name = "Room"

        [[migrations]]
        tag = "v1"
        new_sqlite_classes = ["Room"]

        [env.production]
        name = "worker-%1$d-prod"
        vars = { LOG_LEVEL = "warn" }
        kv_namespaces = [{ binding = "CACHE", id = "kv-prod-%1$d" }]
        d1_databases = [{ binding = "DB", database_name = "db-prod-%1$d", database_id = "d1-prod-%1$d" }]
        """.formatted(i);
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
