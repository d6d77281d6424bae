package dev.cfscale.models.guide;

import java.util.Map;

/**
 * The five areas the report groups findings into. {@link #of} maps a rule id through one table: the longest
 * entry that is a prefix of the id wins, so a new rule lands in its product's area without edits here, and a
 * rule that belongs elsewhere than its product is listed once by its full id.
 */
public enum Area {
  DATA_AND_STORAGE("Data and storage"),
  PERFORMANCE("Performance"),
  TRAFFIC_AND_QUEUES("Traffic and queues"),
  SECURITY_AND_ABUSE("Security and abuse"),
  OPERATIONS("Operations");

  /** Rule id prefix (or full id) to area; anything unlisted is an operations finding. */
  private static final Map<String, Area> BY_RULE = Map.ofEntries(
      Map.entry("d1/", DATA_AND_STORAGE),
      Map.entry("kv/", DATA_AND_STORAGE),
      Map.entry("r2/", DATA_AND_STORAGE),
      Map.entry("storage/", DATA_AND_STORAGE),
      Map.entry("durable-objects/", DATA_AND_STORAGE),
      Map.entry("hyperdrive/", DATA_AND_STORAGE),
      Map.entry("vectorize/", DATA_AND_STORAGE),
      Map.entry("workers/", PERFORMANCE),
      Map.entry("ai/", PERFORMANCE),
      Map.entry("resilience/", PERFORMANCE),
      Map.entry("cache/", PERFORMANCE),
      Map.entry("queues/", TRAFFIC_AND_QUEUES),
      Map.entry("workflows/", TRAFFIC_AND_QUEUES),
      Map.entry("durable-objects/singleton-on-hot-path", TRAFFIC_AND_QUEUES),
      Map.entry("workers/self-fetch", TRAFFIC_AND_QUEUES),
      Map.entry("workers/public-hostname-instead-of-service-binding", TRAFFIC_AND_QUEUES),
      Map.entry("secrets/", SECURITY_AND_ABUSE),
      Map.entry("abuse/", SECURITY_AND_ABUSE),
      Map.entry("security/", SECURITY_AND_ABUSE),
      Map.entry("config/", OPERATIONS),
      Map.entry("workers/observability-disabled", OPERATIONS),
      Map.entry("workers/no-cpu-limit", OPERATIONS),
      Map.entry("workers/cpu-limit-out-of-range", OPERATIONS),
      Map.entry("workers/deprecated-site", OPERATIONS),
      Map.entry("workers/old-compatibility-date", OPERATIONS));

  private final String title;

  Area(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** The area of a rule id: the longest table entry that is a prefix of it, else {@link #OPERATIONS}. */
  public static Area of(String ruleId) {
    String best = "";
    for (String key : BY_RULE.keySet()) {
      if (ruleId.startsWith(key) && key.length() > best.length()) {
        best = key;
      }
    }
    return best.isEmpty() ? OPERATIONS : BY_RULE.get(best);
  }
}
