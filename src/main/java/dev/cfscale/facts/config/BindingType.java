package dev.cfscale.facts.config;

/**
 * Every binding kind in wrangler's config schema (4.125.0): the key it lives under, the field that
 * names it, and how it is written (a list, a single object, or a list nested one level down).
 */
public enum BindingType {
  KV_NAMESPACE("kv_namespaces", "KV Namespace", Shape.LIST, "binding"),
  D1_DATABASE("d1_databases", "D1 Database", Shape.LIST, "binding"),
  R2_BUCKET("r2_buckets", "R2 Bucket", Shape.LIST, "binding"),
  QUEUE_PRODUCER("queues.producers", "Queue", Shape.NESTED_LIST, "binding"),
  DURABLE_OBJECT("durable_objects.bindings", "Durable Object", Shape.NESTED_LIST, "name"),
  VECTORIZE("vectorize", "Vectorize Index", Shape.LIST, "binding"),
  HYPERDRIVE("hyperdrive", "Hyperdrive", Shape.LIST, "binding"),
  ANALYTICS_ENGINE("analytics_engine_datasets", "Analytics Engine Dataset", Shape.LIST, "binding"),
  SERVICE("services", "Service", Shape.LIST, "binding"),
  WORKFLOW("workflows", "Workflow", Shape.LIST, "binding"),
  RATE_LIMIT("ratelimits", "Rate Limit", Shape.LIST, "name"),
  DISPATCH_NAMESPACE("dispatch_namespaces", "Dispatch Namespace", Shape.LIST, "binding"),
  SEND_EMAIL("send_email", "Send Email", Shape.LIST, "name"),
  SECRETS_STORE_SECRET("secrets_store_secrets", "Secrets Store Secret", Shape.LIST, "binding"),
  MTLS_CERTIFICATE("mtls_certificates", "mTLS Certificate", Shape.LIST, "binding"),
  PIPELINE("pipelines", "Pipeline", Shape.LIST, "binding"),
  AI_SEARCH_NAMESPACE("ai_search_namespaces", "AI Search Namespace", Shape.LIST, "binding"),
  AI_SEARCH("ai_search", "AI Search", Shape.LIST, "binding"),
  AGENT_MEMORY("agent_memory", "Agent Memory", Shape.LIST, "binding"),
  ARTIFACTS("artifacts", "Artifacts", Shape.LIST, "binding"),
  FLAGSHIP("flagship", "Flagship", Shape.LIST, "binding"),
  WORKER_LOADER("worker_loaders", "Worker Loader", Shape.LIST, "binding"),
  VPC_SERVICE("vpc_services", "VPC Service", Shape.LIST, "binding"),
  VPC_NETWORK("vpc_networks", "VPC Network", Shape.LIST, "binding"),
  UNSAFE("unsafe.bindings", "Unsafe", Shape.NESTED_LIST, "name"),
  AI("ai", "AI", Shape.SINGLE, "binding"),
  BROWSER("browser", "Browser", Shape.SINGLE, "binding"),
  IMAGES("images", "Images", Shape.SINGLE, "binding"),
  MEDIA("media", "Media", Shape.SINGLE, "binding"),
  STREAM("stream", "Stream", Shape.SINGLE, "binding"),
  WEBSEARCH("websearch", "Web Search", Shape.SINGLE, "binding"),
  VERSION_METADATA("version_metadata", "Version Metadata", Shape.SINGLE, "binding");

  /** How the binding is written in the config. */
  public enum Shape {
    LIST,
    NESTED_LIST,
    SINGLE
  }

  private final String configKey;
  private final String displayName;
  private final Shape shape;
  private final String nameField;

  BindingType(String configKey, String displayName, Shape shape, String nameField) {
    this.configKey = configKey;
    this.displayName = displayName;
    this.shape = shape;
    this.nameField = nameField;
  }

  /** The key path in the config, e.g. {@code kv_namespaces} or {@code queues.producers}. */
  public String configKey() {
    return configKey;
  }

  /** The top-level key the binding lives under, e.g. {@code queues}. */
  public String topLevelKey() {
    int dot = configKey.indexOf('.');
    return dot < 0 ? configKey : configKey.substring(0, dot);
  }

  /** The name wrangler uses in its messages, e.g. "KV Namespace". */
  public String displayName() {
    return displayName;
  }

  public Shape shape() {
    return shape;
  }

  /** The field that holds the binding's name ({@code binding}, or {@code name} for a few). */
  public String nameField() {
    return nameField;
  }
}
