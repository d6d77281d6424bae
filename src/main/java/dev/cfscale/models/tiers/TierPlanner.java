package dev.cfscale.models.tiers;

import dev.cfscale.facts.workload.Workload;
import dev.cfscale.models.cost.CostEstimate;
import dev.cfscale.models.cost.CostLine;
import dev.cfscale.models.cost.CostModel;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.profile.LoadMeter;
import dev.cfscale.models.profile.LoadProfile;
import dev.cfscale.models.profile.ProfileLine;
import dev.cfscale.models.profile.RouteProfile;
import dev.cfscale.platform.PlatformFacts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Prices the profile at each traffic tier with the existing cost engine, and splits each usage-based
 * line over the entry points in proportion to what each uses of the line's meter ("/api/search costs
 * 71 % of the D1 bill"). Workers requests and CPU split by requests; Workers AI by neurons.
 */
public final class TierPlanner {
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(java.time.Duration.ofDays(1).toSeconds());
  private final CostModel costs;
  private final PlatformFacts facts;
  private final Workload workload;
  private final Map<String, Function<RouteProfile, BigDecimal>> weights = new LinkedHashMap<>();

  public TierPlanner(PlatformFacts facts, Workload workload) {
    this.facts = facts;
    this.workload = workload;
    this.costs = new CostModel(facts);
    weights.put("Workers/Requests", r -> r.isFrontDoor() ? BigDecimal.ONE : BigDecimal.ZERO);
    weights.put("Workers/CPU time", r -> r.isFrontDoor() ? BigDecimal.ONE : BigDecimal.ZERO);
    meter("KV/Reads", LoadMeter.KV_READS);
    meter("KV/Writes", LoadMeter.KV_WRITES);
    meter("KV/Deletes", LoadMeter.KV_DELETES);
    meter("KV/Lists", LoadMeter.KV_LISTS);
    meter("D1/Rows read", LoadMeter.D1_ROWS_READ);
    meter("D1/Rows written", LoadMeter.D1_ROWS_WRITTEN);
    meter("R2/Standard Class A operations", LoadMeter.R2_CLASS_A);
    meter("R2/Standard Class B operations", LoadMeter.R2_CLASS_B);
    meter("Queues/Standard operations", LoadMeter.QUEUE_MESSAGES);
    meter("Durable Objects/Requests", LoadMeter.DO_REQUESTS);
    meter("Durable Objects/Duration", LoadMeter.DO_REQUESTS);
    meter("Vectorize/Queried vector dimensions", LoadMeter.VECTORIZE_QUERIES);
    meter("Analytics Engine/Data points written", LoadMeter.ANALYTICS_DATA_POINTS);
    weights.put("Workers AI/Neurons", this::neurons);
  }

  private void meter(String line, LoadMeter meter) {
    weights.put(line, r -> r.perInvocation(meter));
  }

  /** The plan at each tier (requests per day), priced on {@code plan}. */
  public List<TierCost> plan(LoadProfile profile, List<Long> tiers, Plan plan) {
    BigDecimal peak = workload.get("traffic.peak_to_average").value();
    List<TierCost> out = new ArrayList<>();
    for (long perDay : tiers) {
      var usage = TierUsage.of(profile, workload, perDay);
      CostEstimate estimate = costs.estimate(usage, plan);
      BigDecimal peakRps = BigDecimal.valueOf(perDay).multiply(peak).divide(SECONDS_PER_DAY, MathContext.DECIMAL64);
      out.add(new TierCost(perDay, peakRps, usage, estimate, routeCosts(profile, estimate, BigDecimal.valueOf(perDay))));
    }
    return out;
  }

  /** The bill alone at one tier (no split per route): for what-ifs that only compare totals. */
  public CostEstimate estimate(LoadProfile profile, long requestsPerDay, Plan plan) {
    return costs.estimate(TierUsage.of(profile, workload, requestsPerDay), plan);
  }

  private List<RouteCost> routeCosts(LoadProfile profile, CostEstimate estimate, BigDecimal perDay) {
    List<RouteProfile> routes = profile.routes();
    BigDecimal[] invocations = new BigDecimal[routes.size()];
    for (int i = 0; i < routes.size(); i++) {
      invocations[i] = TierUsage.invocations(routes.get(i), perDay);
    }
    Map<String, Map<String, BigDecimal>> byRoute = new LinkedHashMap<>();
    for (CostLine line : estimate.lines()) {
      Function<RouteProfile, BigDecimal> weight = weights.get(line.product() + "/" + line.item());
      if (weight == null || line.amount().signum() == 0) {
        continue;
      }
      BigDecimal[] w = new BigDecimal[routes.size()];
      BigDecimal total = BigDecimal.ZERO;
      for (int i = 0; i < routes.size(); i++) {
        w[i] = invocations[i].signum() == 0 ? BigDecimal.ZERO : invocations[i].multiply(weight.apply(routes.get(i)));
        total = total.add(w[i]);
      }
      if (total.signum() == 0) {
        continue;
      }
      BigDecimal perUnit = line.amount().divide(total, MathContext.DECIMAL64);
      for (int i = 0; i < routes.size(); i++) {
        if (w[i].signum() != 0) {
          byRoute.computeIfAbsent(routes.get(i).entry(), k -> new LinkedHashMap<>()).merge(line.product(), w[i].multiply(perUnit),
              BigDecimal::add);
        }
      }
    }
    Map<String, BigDecimal> products = estimate.totalsByProduct();
    List<RouteCost> out = new ArrayList<>();
    byRoute.forEach((route, costsByProduct) -> costsByProduct.forEach((product, usd) -> {
      BigDecimal productTotal = products.getOrDefault(product, BigDecimal.ZERO);
      BigDecimal share = productTotal.signum() == 0 ? BigDecimal.ZERO : usd.divide(productTotal, MathContext.DECIMAL64);
      if (usd.signum() > 0) {
        out.add(new RouteCost(route, product, usd, share));
      }
    }));
    return out;
  }

  /** Neurons of one invocation: each AI call's tokens at its model's published neurons per token. */
  private BigDecimal neurons(RouteProfile r) {
    BigDecimal total = BigDecimal.ZERO;
    for (ProfileLine l : r.lines()) {
      if (l.meter() == LoadMeter.AI_CALLS) {
        total = total.add(l.expected().multiply(neuronsPerCall(l.resource())));
      }
    }
    return total;
  }

  private BigDecimal neuronsPerCall(String model) {
    String in = PlatformFacts.workersAiModelKey(model, "neuronsPerMillionInputTokens");
    String out = PlatformFacts.workersAiModelKey(model, "neuronsPerMillionOutputTokens");
    BigDecimal input = facts.contains(in) ? facts.number(in).multiply(workload.get("workers_ai.input_tokens_per_call").value())
        : BigDecimal.ZERO;
    BigDecimal output = facts.contains(out) ? facts.number(out).multiply(workload.get("workers_ai.output_tokens_per_call").value())
        : BigDecimal.ZERO;
    return input.add(output);
  }
}
