package dev.cfscale.models.tiers;

import dev.cfscale.facts.usage.ModelUsage;
import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import dev.cfscale.facts.workload.Workload;
import dev.cfscale.models.cost.Month;
import dev.cfscale.models.profile.LoadMeter;
import dev.cfscale.models.profile.LoadProfile;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A month of usage at one traffic tier: each meter's use per project request times the tier's requests,
 * plus what scheduled handlers use every day, over a 30-day month, written with the usage file's keys so
 * the cost engine prices it and {@code --write-usage} can save it. Stored amounts and per-request
 * attributes come from the workload and do not grow with the tier.
 */
public final class TierUsage {
  /** Usage-file key of each traffic-driven meter. */
  private static final Map<LoadMeter, String[]> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put(LoadMeter.KV_READS, new String[] {"kv", "reads_per_month"});
    KEYS.put(LoadMeter.KV_WRITES, new String[] {"kv", "writes_per_month"});
    KEYS.put(LoadMeter.KV_DELETES, new String[] {"kv", "deletes_per_month"});
    KEYS.put(LoadMeter.KV_LISTS, new String[] {"kv", "lists_per_month"});
    KEYS.put(LoadMeter.D1_ROWS_READ, new String[] {"d1", "rows_read_per_month"});
    KEYS.put(LoadMeter.D1_ROWS_WRITTEN, new String[] {"d1", "rows_written_per_month"});
    KEYS.put(LoadMeter.R2_CLASS_A, new String[] {"r2", "class_a_per_month"});
    KEYS.put(LoadMeter.R2_CLASS_B, new String[] {"r2", "class_b_per_month"});
    KEYS.put(LoadMeter.QUEUE_MESSAGES, new String[] {"queues", "messages_per_month"});
    KEYS.put(LoadMeter.DO_REQUESTS, new String[] {"durable_objects", "requests_per_month"});
    KEYS.put(LoadMeter.VECTORIZE_QUERIES, new String[] {"vectorize", "queries_per_month"});
    KEYS.put(LoadMeter.ANALYTICS_DATA_POINTS, new String[] {"analytics_engine", "data_points_per_month"});
    KEYS.put(LoadMeter.WORKFLOW_CREATES, new String[] {"workflows", "requests_per_month"});
  }

  /** Workload values each product adds once it is used (stored amounts and per-item attributes). */
  private static final Map<String, String[][]> ATTRIBUTES = Map.of(
      "kv", new String[][] {{"storage_gb", "kv.storage_gb"}},
      "d1", new String[][] {{"storage_gb", "d1.storage_gb"}},
      "r2", new String[][] {{"standard_storage_gb_month", "r2.storage_gb"}},
      "queues", new String[][] {{"avg_message_kb", "queues.message_kb"}},
      "vectorize", new String[][] {{"stored_vectors", "vectorize.stored_vectors"}, {"dimensions", "vectorize.dimensions"}});

  private TierUsage() {}

  /** Monthly count of {@code meter} at {@code requestsPerDay}. */
  public static BigDecimal monthly(LoadProfile profile, LoadMeter meter, BigDecimal requestsPerDay) {
    return Month.monthlyFromDaily(profile.perProjectRequest(meter).multiply(requestsPerDay).add(profile.fixedPerDay(meter)));
  }

  /** The usage of one tier, priced by the cost engine as a usage file would be. */
  public static Usage of(LoadProfile profile, Workload workload, long requestsPerDay) {
    BigDecimal perDay = BigDecimal.valueOf(requestsPerDay);
    Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
    values.computeIfAbsent("workers", p -> new LinkedHashMap<>()).put("requests_per_month", Month.monthlyFromDaily(perDay));
    values.get("workers").put("cpu_ms_per_request", workload.get("traffic.cpu_ms_per_request").value());
    KEYS.forEach((meter, key) -> {
      BigDecimal q = monthly(profile, meter, perDay);
      if (q.signum() > 0) {
        values.computeIfAbsent(key[0], p -> new LinkedHashMap<>()).put(key[1], q);
      }
    });
    Optional.ofNullable(values.get("durable_objects")).ifPresent(d -> d.put("active_seconds_per_month",
        d.get("requests_per_month").multiply(workload.get("durable_objects.active_seconds_per_request").value())));
    ATTRIBUTES.forEach((product, keys) -> Optional.ofNullable(values.get(product)).ifPresent(v -> {
      for (String[] k : keys) {
        v.put(k[0], workload.get(k[1]).value());
      }
    }));
    Map<String, ProductUsage> products = new LinkedHashMap<>();
    values.forEach((product, v) -> products.put(product, new ProductUsage(product, v, Map.of(), List.of())));
    List<ModelUsage> models = models(profile, workload, perDay);
    if (!models.isEmpty()) {
      products.put("workers_ai", new ProductUsage("workers_ai", Map.of(), Map.of(), models));
    }
    return new Usage(Optional.empty(), products);
  }

  private static List<ModelUsage> models(LoadProfile profile, Workload workload, BigDecimal perDay) {
    Map<String, BigDecimal> callsPerDay = new LinkedHashMap<>();
    profile.routes().forEach(r -> r.lines().stream().filter(l -> l.meter() == LoadMeter.AI_CALLS).forEach(l ->
        callsPerDay.merge(l.resource(), invocations(r, perDay).multiply(l.expected()), BigDecimal::add)));
    BigDecimal in = workload.get("workers_ai.input_tokens_per_call").value();
    BigDecimal out = workload.get("workers_ai.output_tokens_per_call").value();
    return callsPerDay.entrySet().stream().filter(e -> e.getValue().signum() > 0)
        .map(e -> new ModelUsage(e.getKey(), Month.monthlyFromDaily(e.getValue()), in, out)).toList();
  }

  /** Invocations a day of one entry at {@code requestsPerDay}. */
  public static BigDecimal invocations(dev.cfscale.models.profile.RouteProfile r, BigDecimal requestsPerDay) {
    return r.perProjectRequest().multiply(requestsPerDay).add(r.fixedPerDay());
  }
}
