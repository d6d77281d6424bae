package dev.cfscale.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.parse.config.JsonConfigReader;
import dev.cfscale.parse.config.SchemaIssue;
import dev.cfscale.parse.config.TomlConfigReader;
import dev.cfscale.parse.config.WranglerSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unknown keys and wrong types are found with wrangler's own published schema. */
class WranglerSchemaTest {
  private static final WranglerSchema SCHEMA = WranglerSchema.load();

  @Test
  void misspelledKey_getsADidYouMeanSuggestion() throws Exception {
    List<SchemaIssue> issues = SCHEMA.check(new TomlConfigReader().read("name = \"a\"\ncompatability_date = \"2025-01-01\"\n"));
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(SchemaIssue.Kind.UNKNOWN_KEY);
      assertThat(i.suggestion()).isEqualTo("compatibility_date");
      assertThat(i.position().line()).isEqualTo(2);
    });
  }

  @Test
  void wrangler1Keys_areReportedAsLegacy_evenInsideAnEnvironment() throws Exception {
    List<SchemaIssue> issues = SCHEMA.check(new TomlConfigReader().read(
        "name = \"a\"\ntype = \"webpack\"\n[env.production]\nkv-namespaces = []\n"));
    assertThat(issues).extracting(SchemaIssue::kind).containsExactly(SchemaIssue.Kind.LEGACY_KEY, SchemaIssue.Kind.LEGACY_KEY);
    assertThat(issues.get(0).message()).startsWith("Legacy field \"type\" in the top level: a Wrangler 1 key");
    assertThat(issues.get(1).suggestion()).isEqualTo("kv_namespaces");
  }

  @Test
  void everyBindingShape_isAccepted() throws Exception {
    String config = """
        {
          "name": "all", "main": "src/index.ts",
          "kv_namespaces": [{ "binding": "KV", "id": "1" }],
          "d1_databases": [{ "binding": "DB", "database_id": "1", "migrations_dir": "db" }],
          "r2_buckets": [{ "binding": "R2", "bucket_name": "files" }],
          "queues": { "producers": [{ "binding": "Q", "queue": "q" }],
                      "consumers": [{ "queue": "q", "max_retries": 3, "dead_letter_queue": "dlq", "retry_delay": 5 }] },
          "durable_objects": { "bindings": [{ "name": "DO", "class_name": "C" }] },
          "migrations": [{ "tag": "v1", "new_sqlite_classes": ["C"] }],
          "vectorize": [{ "binding": "V", "index_name": "i" }],
          "ai": { "binding": "AI" },
          "analytics_engine_datasets": [{ "binding": "AE", "dataset": "d" }],
          "services": [{ "binding": "S", "service": "other", "entrypoint": "Api" }],
          "hyperdrive": [{ "binding": "H", "id": "h" }],
          "workflows": [{ "binding": "W", "name": "w", "class_name": "Flow" }],
          "ratelimits": [{ "name": "RL", "namespace_id": "1001", "simple": { "limit": 100, "period": 60 } }],
          "dispatch_namespaces": [{ "binding": "D", "namespace": "n" }],
          "browser": { "binding": "B" }, "images": { "binding": "IMG" },
          "send_email": [{ "name": "EMAIL" }],
          "secrets_store_secrets": [{ "binding": "SS", "store_id": "s", "secret_name": "n" }],
          "tail_consumers": [{ "service": "tail" }],
          "observability": { "enabled": true }, "placement": { "mode": "smart" },
          "limits": { "cpu_ms": 50 }, "triggers": { "crons": ["0 * * * *"] },
          "routes": [{ "pattern": "a.example.com/*", "zone_name": "example.com" }],
          "assets": { "directory": "public", "binding": "ASSETS" },
          "vars": { "A": "1", "B": { "nested": true } }
        }
        """;
    assertThat(SCHEMA.check(new JsonConfigReader().read(config))).isEmpty();
  }

  @Test
  void wrongType_andTomlDate_areWrongTypes() throws Exception {
    List<SchemaIssue> issues = SCHEMA.check(new TomlConfigReader().read(
        "compatibility_date = 2025-01-01\n[limits]\ncpu_ms = \"fast\"\n"));
    assertThat(issues).extracting(SchemaIssue::kind).containsOnly(SchemaIssue.Kind.WRONG_TYPE);
    assertThat(issues).extracting(SchemaIssue::path).containsExactly("compatibility_date", "limits.cpu_ms");
  }
}
