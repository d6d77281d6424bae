package dev.cfscale.models.capacity;

import dev.cfscale.models.profile.LoadMeter;
import dev.cfscale.models.profile.LoadProfile;
import dev.cfscale.models.profile.ProfileLine;
import dev.cfscale.models.profile.RouteProfile;
import dev.cfscale.platform.PlatformFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Free-plan daily allowances: beyond them requests (or the operations) fail until 00:00 UTC. Each breaks
 * at the requests per day whose use, plus what scheduled handlers use, exceeds the allowance.
 */
final class DailyAllowances {
  private final CapacityModel model;
  private final LoadProfile profile;

  DailyAllowances(CapacityModel model, LoadProfile profile) {
    this.model = model;
    this.profile = profile;
  }

  List<CapacityLimit> all() {
    List<CapacityLimit> out = new ArrayList<>();
    Use requests = Use.of(profile, r -> r.isFrontDoor() ? BigDecimal.ONE : BigDecimal.ZERO);
    out.add(model.daily("Workers requests per day (Free)", "Workers requests", "workers.included.free.requestsPerDay", "requests/day",
        requests, BigDecimal.ONE));
    add(out, "KV reads per day (Free)", LoadMeter.KV_READS, "kv.included.free.readsPerDay", "reads/day");
    add(out, "KV writes per day (Free)", LoadMeter.KV_WRITES, "kv.included.free.writesPerDay", "writes/day");
    add(out, "KV deletes per day (Free)", LoadMeter.KV_DELETES, "kv.included.free.deletesPerDay", "deletes/day");
    add(out, "KV lists per day (Free)", LoadMeter.KV_LISTS, "kv.included.free.listsPerDay", "lists/day");
    add(out, "D1 rows read per day (Free)", LoadMeter.D1_ROWS_READ, "d1.included.free.rowsReadPerDay", "rows/day");
    add(out, "D1 rows written per day (Free)", LoadMeter.D1_ROWS_WRITTEN, "d1.included.free.rowsWrittenPerDay", "rows/day");
    add(out, "Durable Object requests per day (Free)", LoadMeter.DO_REQUESTS, "durableObjects.included.free.requestsPerDay", "requests/day");
    Use messages = Use.of(profile, r -> r.perInvocation(LoadMeter.QUEUE_MESSAGES));
    if (messages.perRequest().signum() > 0) {
      out.add(model.daily("Queues operations per day (Free)", "Queues", "queues.included.free.operationsPerDay", "operations/day", messages,
          model.facts().number("queues.pricing.operationsPerDeliveredMessage")));
    }
    Use neurons = Use.of(profile, this::neurons);
    if (neurons.perRequest().signum() > 0) {
      out.add(model.daily("Workers AI neurons per day (Free)", "Workers AI", "workersAi.included.free.neuronsPerDay", "neurons/day",
          neurons, BigDecimal.ONE));
    }
    return out;
  }

  private void add(List<CapacityLimit> out, String name, LoadMeter meter, String key, String unit) {
    Use use = Use.of(profile, r -> r.perInvocation(meter));
    if (use.perRequest().signum() > 0 || use.fixedPerDay().signum() > 0) {
      out.add(model.daily(name, name.substring(0, name.indexOf(" per day")), key, unit, use, BigDecimal.ONE));
    }
  }

  private BigDecimal neurons(RouteProfile r) {
    PlatformFacts facts = model.facts();
    BigDecimal in = model.workload().get("workers_ai.input_tokens_per_call").value();
    BigDecimal out = model.workload().get("workers_ai.output_tokens_per_call").value();
    BigDecimal total = BigDecimal.ZERO;
    for (ProfileLine l : r.lines()) {
      if (l.meter() != LoadMeter.AI_CALLS) {
        continue;
      }
      String inKey = PlatformFacts.workersAiModelKey(l.resource(), "neuronsPerMillionInputTokens");
      String outKey = PlatformFacts.workersAiModelKey(l.resource(), "neuronsPerMillionOutputTokens");
      BigDecimal perMillion = (facts.contains(inKey) ? facts.number(inKey).multiply(in) : BigDecimal.ZERO)
          .add(facts.contains(outKey) ? facts.number(outKey).multiply(out) : BigDecimal.ZERO);
      total = total.add(l.expected().multiply(perMillion).divide(BigDecimal.valueOf(1_000_000), java.math.MathContext.DECIMAL64));
    }
    return total;
  }
}
