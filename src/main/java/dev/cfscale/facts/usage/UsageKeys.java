package dev.cfscale.facts.usage;

import static dev.cfscale.facts.usage.UsageKey.Kind.ATTRIBUTE;
import static dev.cfscale.facts.usage.UsageKey.Kind.MONTHLY;
import static dev.cfscale.facts.usage.UsageKey.Kind.STORED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every key a usage file accepts, per product, with its units in its name (infracost style). The
 * documented example file {@code usage.example.yml} lists exactly these keys (a test checks it).
 */
public final class UsageKeys {
  private static final List<UsageKey> ALL = List.of(
      k("workers", "requests_per_month", MONTHLY, "Requests that run the Worker (dynamic requests)"),
      k("workers", "cpu_ms_per_request", ATTRIBUTE, "Average CPU milliseconds per request"),
      k("workers", "static_asset_requests_per_month", MONTHLY, "Requests served from static assets (free)"),
      k("workers", "cache_hit_requests_per_month", MONTHLY, "Workers Cache hits: billed as requests, no CPU"),
      k("workers_logs", "logs_per_request", ATTRIBUTE, "Log events per request (1 invocation log + console.log calls)"),
      k("workers_logs", "head_sampling_rate", ATTRIBUTE, "observability.head_sampling_rate, 0 to 1"),
      k("workers_logs", "log_events_per_month", MONTHLY, "Log events per month, instead of the two keys above"),
      k("kv", "reads_per_month", MONTHLY, "Keys read (bulk gets count each key; missing keys count)"),
      k("kv", "writes_per_month", MONTHLY, "Keys written"),
      k("kv", "deletes_per_month", MONTHLY, "Keys deleted"),
      k("kv", "lists_per_month", MONTHLY, "List requests"),
      k("kv", "storage_gb", STORED, "Data stored, GB"),
      k("d1", "rows_read_per_month", MONTHLY, "Rows scanned (not returned) per month"),
      k("d1", "rows_written_per_month", MONTHLY, "Rows inserted, updated or deleted, plus one per index updated"),
      k("d1", "storage_gb", STORED, "Database storage, GB"),
      k("d1", "table_rows", ATTRIBUTE, "Rows per table (table: rows), used by the D1 advisor's rows-read estimates"),
      k("r2", "standard_storage_gb_month", STORED, "Standard storage, GB-month"),
      k("r2", "class_a_per_month", MONTHLY, "Standard Class A operations (PutObject, ListObjects, ...)"),
      k("r2", "class_b_per_month", MONTHLY, "Standard Class B operations (GetObject, HeadObject, ...)"),
      k("r2", "infrequent_access_storage_gb", STORED, "Infrequent Access data stored, GB"),
      k("r2", "infrequent_access_days_stored", ATTRIBUTE, "Days each Infrequent Access object is kept (billed for at least the minimum)"),
      k("r2", "infrequent_access_class_a_per_month", MONTHLY, "Infrequent Access Class A operations"),
      k("r2", "infrequent_access_class_b_per_month", MONTHLY, "Infrequent Access Class B operations"),
      k("r2", "infrequent_access_retrieval_gb_per_month", MONTHLY, "Infrequent Access data read or copied, GB"),
      k("queues", "messages_per_month", MONTHLY, "Messages written, delivered and acknowledged"),
      k("queues", "avg_message_kb", ATTRIBUTE, "Average message size, KB (1 KB = 1,000 bytes)"),
      k("queues", "retries_per_message", ATTRIBUTE, "Average retries per message (each retry is one more read)"),
      k("queues", "dead_lettered_per_month", MONTHLY, "Messages written to a dead-letter queue"),
      k("durable_objects", "requests_per_month", MONTHLY, "HTTP requests, RPC calls, alarms and WebSocket upgrades"),
      k("durable_objects", "websocket_messages_per_month", MONTHLY, "Incoming WebSocket messages (billed 20:1)"),
      k("durable_objects", "active_seconds_per_month", MONTHLY, "Seconds objects are active (not hibernated), summed over objects"),
      k("durable_objects", "sqlite_rows_read_per_month", MONTHLY, "SQLite-backed storage: rows read"),
      k("durable_objects", "sqlite_rows_written_per_month", MONTHLY, "SQLite-backed storage: rows written"),
      k("durable_objects", "sqlite_storage_gb_month", STORED, "SQLite-backed storage, GB-month"),
      k("durable_objects", "kv_read_units_per_month", MONTHLY, "Key-value backend: 4 KB read units"),
      k("durable_objects", "kv_write_units_per_month", MONTHLY, "Key-value backend: 4 KB write units"),
      k("durable_objects", "kv_deletes_per_month", MONTHLY, "Key-value backend: deletes"),
      k("durable_objects", "kv_storage_gb", STORED, "Key-value backend storage, GB"),
      k("vectorize", "stored_vectors", STORED, "Vectors stored"),
      k("vectorize", "dimensions", ATTRIBUTE, "Dimensions per vector"),
      k("vectorize", "queries_per_month", MONTHLY, "Queries per month"),
      k("workers_ai", "neurons_per_month", MONTHLY, "Neurons per month, when known directly"),
      k("workers_ai", "models", ATTRIBUTE, "Per-model list: model, requests_per_month, input_tokens_per_request, output_tokens_per_request"),
      k("ai_gateway", "logpush_logs_per_month", MONTHLY, "Gateway logs pushed with Logpush"),
      k("workflows", "requests_per_month", MONTHLY, "Workflow instance invocations (same SKU as Workers requests)"),
      k("workflows", "cpu_ms_per_request", ATTRIBUTE, "Average CPU milliseconds per invocation"),
      k("workflows", "steps_per_month", MONTHLY, "Steps run (retries and rollbacks excluded)"),
      k("workflows", "storage_gb_month", STORED, "Workflow state stored, GB-month"),
      k("hyperdrive", "queries_per_month", MONTHLY, "Database queries through Hyperdrive"),
      k("analytics_engine", "data_points_per_month", MONTHLY, "writeDataPoint calls"),
      k("analytics_engine", "read_queries_per_month", MONTHLY, "SQL API queries"));

  /** Keys of one entry of {@code workers_ai.models}. */
  public static final Set<String> MODEL_KEYS = Set.of("model", "requests_per_month", "input_tokens_per_request", "output_tokens_per_request");

  private static final Map<String, Map<String, UsageKey>> BY_PRODUCT = ALL.stream().collect(Collectors.groupingBy(
      UsageKey::product, LinkedHashMap::new, Collectors.toMap(UsageKey::name, k -> k, (a, b) -> a, LinkedHashMap::new)));

  private UsageKeys() {}

  private static UsageKey k(String product, String name, UsageKey.Kind kind, String description) {
    return new UsageKey(product, name, kind, description);
  }

  public static List<UsageKey> all() {
    return ALL;
  }

  public static Set<String> products() {
    return BY_PRODUCT.keySet();
  }

  public static Optional<UsageKey> find(String product, String name) {
    return Optional.ofNullable(BY_PRODUCT.getOrDefault(product, Map.of()).get(name));
  }

  public static Set<String> names(String product) {
    return BY_PRODUCT.getOrDefault(product, Map.of()).keySet();
  }
}
