package dev.cfscale.models.capacity;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.config.QueueConsumer;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.profile.LoadMeter;
import dev.cfscale.models.profile.LoadProfile;
import dev.cfscale.models.profile.ProfileLine;
import dev.cfscale.models.profile.RouteProfile;
import dev.cfscale.platform.PlatformFacts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The throughput limits of capacity-limits.md, each on the one resource it applies to: a KV or R2 key
 * written by every request, one Durable Object, one D1 database (query time per second), a queue's
 * produce rate and its consumers' drain rate, Workers AI requests per minute per task, Workflows
 * instance creation per workflow and per account.
 */
final class RateLimits {
  private static final BigDecimal ONE_SECOND = BigDecimal.ONE;
  private final CapacityModel model;
  private final LoadProfile profile;
  private final ProjectFacts project;

  RateLimits(CapacityModel model, LoadProfile profile, ProjectFacts project) {
    this.model = model;
    this.profile = profile;
    this.project = project;
  }

  List<CapacityLimit> all() {
    List<CapacityLimit> out = new ArrayList<>();
    Use.byResource(profile, LoadMeter.KV_WRITES, CapacityModel::sharedKey, RateLimits::keyName).forEach((key, use) ->
        out.add(model.rate("KV writes per key", "KV key " + key, "kv.limits.writesPerSecondSameKey", ONE_SECOND, "write/s per key", use, "written")));
    Use.byResource(profile, LoadMeter.R2_CLASS_A, l -> l.operation().equals("put") && CapacityModel.sharedKey(l), RateLimits::keyName)
        .forEach((key, use) -> out.add(model.rate("R2 writes per key", "R2 object " + key, "r2.limits.concurrentWritesSameKeyPerSecond",
            ONE_SECOND, "write/s per key", use, "written")));
    Use.byResource(profile, LoadMeter.DO_REQUESTS, CapacityModel::sharedKey, RateLimits::keyName).forEach((key, use) ->
        out.add(model.rate("Durable Object requests per object", "Durable Object " + key,
            "durableObjects.limits.softRequestsPerSecondPerObject", ONE_SECOND, "requests/s per object", use, "called")));
    Use.byResource(profile, LoadMeter.D1_QUERY_MS, l -> true, ProfileLine::resource).forEach((db, use) ->
        out.add(model.rate("D1 query time per database", "D1 database " + db, "d1.limits.queryMsPerSecondPerDatabase", ONE_SECOND,
            "ms of queries/s (one query at a time)", use, "queried")));
    Use.byResource(profile, LoadMeter.QUEUE_MESSAGES, l -> true, ProfileLine::resource).forEach((queue, use) ->
        out.add(model.rate("Queue messages per second", "queue " + queue, "queues.limits.messagesPerSecondPerQueue", ONE_SECOND,
            "messages/s per queue", use, "sent")));
    consumers(out);
    Use.byResource(profile, LoadMeter.AI_CALLS, l -> true, this::task).forEach((task, use) ->
        out.add(model.rate("Workers AI requests per minute", "Workers AI task " + task,
            "workersAi.limits.requestsPerMinuteByTask." + task, CapacityModel.SECONDS_PER_MINUTE, "requests/min", use, "called")));
    workflows(out);
    return out;
  }

  /** A queue's consumers drain concurrency x 1000 / ms per message messages a second; more in than that grows the backlog. */
  private void consumers(List<CapacityLimit> out) {
    PlatformFacts facts = model.facts();
    BigDecimal msPerMessage = model.workload().get("queues.ms_per_message").value();
    for (RouteProfile r : profile.routes()) {
      if (!r.kind().equals("queue")) {
        continue;
      }
      for (QueueConsumer c : CapacityModel.consumers(project, r.worker())) {
        Map<String, Use> sent = Use.byResource(profile, LoadMeter.QUEUE_MESSAGES, l -> l.resource().equals(c.queue()), ProfileLine::resource);
        if (sent.isEmpty()) {
          continue;
        }
        String key = c.number("max_concurrency").isPresent() ? "" : "queues.limits.concurrentConsumerInvocationsPushMax";
        BigDecimal concurrency = key.isEmpty() ? BigDecimal.valueOf(c.number("max_concurrency").get().asLong().orElseThrow())
            : facts.number(key);
        BigDecimal drain = concurrency.multiply(BigDecimal.valueOf(java.time.Duration.ofSeconds(1).toMillis())).divide(msPerMessage, MathContext.DECIMAL64);
        Use use = sent.get(c.queue());
        var breaks = use.perRequest().signum() == 0 ? java.util.Optional.<BigDecimal>empty()
            : java.util.Optional.of(drain.divide(use.perRequest(), MathContext.DECIMAL64));
        String limitKey = key.isEmpty() ? "queues.limits.concurrentConsumerInvocationsPushMax" : key;
        out.add(new CapacityLimit("Queue consumer drain rate", "consumer of queue " + c.queue() + " (" + r.worker() + ")", LimitKind.RATE,
            drain, "messages/s (max_concurrency " + concurrency.toPlainString() + " x 1000 / queues.ms_per_message)", limitKey,
            facts.fact(limitKey).source(), use.perRequest(), breaks,
            breaks.map(b -> b.multiply(CapacityModel.SECONDS_PER_DAY).divide(model.workload().get("traffic.peak_to_average").value(),
                MathContext.DECIMAL64)), "fed by " + use.entries()));
      }
    }
  }

  private void workflows(List<CapacityLimit> out) {
    boolean free = model.plan() == Plan.FREE;
    Map<String, Use> byWorkflow = Use.byResource(profile, LoadMeter.WORKFLOW_CREATES, l -> true, ProfileLine::resource);
    byWorkflow.forEach((wf, use) -> out.add(model.rate("Workflow instances created per second", "workflow " + wf,
        free ? "workflows.limits.instanceCreationPerSecondFree" : "workflows.limits.instanceCreationPerSecondPaidPerWorkflow",
        ONE_SECOND, "instances/s per workflow", use, "created")));
    if (!free && byWorkflow.size() > 1) {
      Use all = Use.of(profile, r -> r.perInvocation(LoadMeter.WORKFLOW_CREATES));
      out.add(model.rate("Workflow instances created per second", "all workflows of the account",
          "workflows.limits.instanceCreationPerSecondPaidAccount", ONE_SECOND, "instances/s per account", all, "created"));
    }
  }

  /** The model's task (its rate-limit class) from the facts file; unknown models are assumed to be text generation, the strictest. */
  private String task(ProfileLine l) {
    String key = PlatformFacts.workersAiModelKey(l.resource(), "task");
    return model.facts().contains(key) ? String.valueOf(model.facts().fact(key).value()) : "textGeneration";
  }

  /** {@code `stats:global` (CACHE)}: the key as written, without its quotes, and the binding or class. */
  private static String keyName(ProfileLine l) {
    String text = l.keyText();
    if (text.length() >= 2 && "\"'`".indexOf(text.charAt(0)) >= 0 && text.charAt(text.length() - 1) == text.charAt(0)) {
      text = text.substring(1, text.length() - 1);
    }
    return "`" + text + "` (" + l.resource() + ")";
  }
}
