package dev.cfscale.models.plan;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.workload.Workload;
import dev.cfscale.models.cache.CachePlanner;
import dev.cfscale.models.capacity.CapacityModel;
import dev.cfscale.models.capacity.CapacityReport;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.profile.LoadProfile;
import dev.cfscale.models.profile.ProfileBuilder;
import dev.cfscale.models.tiers.TierCost;
import dev.cfscale.models.tiers.TierPlanner;
import dev.cfscale.platform.PlatformFacts;
import dev.cfscale.models.cache.CacheWhatIf;
import dev.cfscale.models.profile.UsedAssumption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs the plan's layers in order: profile from the code facts, cost per tier, capacity, caching what-if. */
public final class Planner {
  /** Workload values the cost layer reads once a product is used (usage-file product names). */
  private static final Map<String, List<String>> LAYER_KEYS = Map.of(
      "kv", List.of("kv.storage_gb"),
      "d1", List.of("d1.storage_gb"),
      "r2", List.of("r2.storage_gb"),
      "queues", List.of("queues.message_kb"),
      "durable_objects", List.of("durable_objects.active_seconds_per_request"),
      "vectorize", List.of("vectorize.stored_vectors", "vectorize.dimensions"),
      "workers_ai", List.of("workers_ai.input_tokens_per_call", "workers_ai.output_tokens_per_call"));

  private final PlatformFacts facts;
  private final Workload workload;
  private final Plan plan;

  public Planner(PlatformFacts facts, Workload workload, Plan plan) {
    this.facts = facts;
    this.workload = workload;
    this.plan = plan;
  }

  /** The plan of {@code project} at {@code tiers} requests per day. */
  public PlanResult plan(ProjectFacts project, List<Long> tiers) {
    LoadProfile profile = new ProfileBuilder(workload, facts).build(project);
    TierPlanner tierPlanner = new TierPlanner(facts, workload);
    List<TierCost> costs = tierPlanner.plan(profile, tiers, plan);
    CapacityModel capacityModel = new CapacityModel(facts, workload, plan);
    CapacityReport capacity = capacityModel.check(project, profile);
    var caching = new CachePlanner(workload, tierPlanner, capacityModel, plan).whatIf(project, profile, costs, capacity);
    return new PlanResult(profile, costs, capacity, caching, assumptions(profile, costs, caching));
  }

  /** The profile's assumptions, then the workload values the cost, capacity and caching layers used. */
  private List<UsedAssumption> assumptions(LoadProfile profile, List<TierCost> costs, List<CacheWhatIf> caching) {
    Set<String> products = new LinkedHashSet<>();
    costs.forEach(t -> products.addAll(t.usage().products().keySet()));
    List<String> keys = new ArrayList<>(List.of("traffic.peak_to_average", "traffic.cpu_ms_per_request"));
    new java.util.TreeMap<>(LAYER_KEYS).forEach((product, productKeys) -> { // sorted: Map.of iterates in a different order each run
      if (products.contains(product)) {
        keys.addAll(productKeys);
      }
    });
    if (profile.routes().stream().anyMatch(r -> r.kind().equals("queue"))) {
      keys.add("queues.ms_per_message");
    }
    if (!caching.isEmpty()) {
      keys.addAll(List.of("cache.ttl_seconds", "cache.keys", "cache.zipf_exponent"));
    }
    List<UsedAssumption> out = new ArrayList<>(profile.assumptions());
    keys.stream().map(workload::get).map(UsedAssumption::of).filter(a -> out.stream().noneMatch(o -> o.key().equals(a.key())))
        .forEach(out::add);
    return out;
  }
}
