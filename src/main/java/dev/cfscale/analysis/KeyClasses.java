package dev.cfscale.analysis;

import java.util.Set;

/**
 * Wrangler's three classes of config keys (workers-utils config README, wrangler 4.125.0):
 * inheritable keys fall back to the top level, non-inheritable keys (every binding and var) do not,
 * and top-level-only keys are ignored inside {@code env.*}.
 */
final class KeyClasses {
  private KeyClasses() {}

  static final Set<String> NON_INHERITABLE = Set.of(
      "define", "vars", "secrets", "durable_objects", "workflows", "cloudchamber", "containers",
      "kv_namespaces", "send_email", "queues", "connect", "r2_buckets", "d1_databases", "vectorize",
      "ai_search_namespaces", "ai_search", "agent_memory", "websearch", "hyperdrive", "services",
      "analytics_engine_datasets", "dispatch_namespaces", "mtls_certificates", "tail_consumers",
      "streaming_tail_consumers", "unsafe", "browser", "ai", "images", "stream", "media", "pipelines",
      "secrets_store_secrets", "artifacts", "unsafe_hello_world", "flagship", "worker_loaders",
      "ratelimits", "vpc_services", "vpc_networks", "version_metadata", "logfwdr");

  static final Set<String> TOP_LEVEL_ONLY = Set.of(
      "$schema", "env", "send_metrics", "dependencies_instrumentation", "dev", "site", "wasm_modules",
      "text_blobs", "data_blobs", "alias", "keep_vars", "addresses", "pages_build_output_dir");

  /** Everything else the schema knows (name, main, compatibility_date, observability, limits...). */
  static boolean isInheritable(String key) {
    return !NON_INHERITABLE.contains(key) && !TOP_LEVEL_ONLY.contains(key);
  }
}
