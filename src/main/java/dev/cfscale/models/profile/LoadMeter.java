package dev.cfscale.models.profile;

/**
 * What one request uses of a platform resource, with the unit it is counted in. {@code id} is the
 * stable name used in JSON output and in {@code --write-usage}'s comments.
 */
public enum LoadMeter {
  D1_QUERIES("d1_queries", "queries"),
  D1_ROWS_READ("d1_rows_read", "rows"),
  D1_ROWS_WRITTEN("d1_rows_written", "rows"),
  D1_QUERY_MS("d1_query_ms", "ms"),
  KV_READS("kv_reads", "operations"),
  KV_WRITES("kv_writes", "operations"),
  KV_DELETES("kv_deletes", "operations"),
  KV_LISTS("kv_lists", "operations"),
  R2_CLASS_A("r2_class_a", "operations"),
  R2_CLASS_B("r2_class_b", "operations"),
  DO_REQUESTS("do_requests", "requests"),
  DO_SQL_QUERIES("do_sql_queries", "queries"),
  QUEUE_MESSAGES("queue_messages", "messages"),
  WORKFLOW_CREATES("workflow_creates", "instances"),
  AI_CALLS("ai_calls", "calls"),
  VECTORIZE_QUERIES("vectorize_queries", "queries"),
  VECTORIZE_WRITES("vectorize_writes", "calls"),
  ANALYTICS_DATA_POINTS("analytics_data_points", "data points"),
  SUBREQUESTS("subrequests", "fetches"),
  SERVICE_CALLS("service_calls", "calls"),
  CACHE_API_CALLS("cache_api_calls", "calls");

  private final String id;
  private final String unit;

  LoadMeter(String id, String unit) {
    this.id = id;
    this.unit = unit;
  }

  /** The stable JSON name, such as {@code kv_writes}. */
  public String id() {
    return id;
  }

  public String unit() {
    return unit;
  }

  /** True for meters that are a call to a Cloudflare service (counted against the per-request service limits). */
  public boolean isServiceCall() {
    return this != SUBREQUESTS && this != D1_ROWS_READ && this != D1_ROWS_WRITTEN && this != D1_QUERY_MS;
  }
}
