package dev.cfscale.rules.queues;

import dev.cfscale.facts.config.QueueConsumer;
import dev.cfscale.facts.config.Setting;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.EnvironmentRule;
import dev.cfscale.findings.Figures;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * A {@code max_concurrency} far below what autoscaling allows caps how fast the queue drains.
 * Without traffic figures the rule only states the ceiling; it fires only for caps at or below a
 * tenth of the platform maximum, so a deliberate moderate cap stays quiet.
 */
@RuleInfo(id = "queues/low-max-concurrency", severity = Severity.LOW,
    summary = "Queue consumer max_concurrency is set low: throughput is capped well below autoscaling")
public final class QueueLowMaxConcurrency implements EnvironmentRule {
  /** Caps at or below max / this divisor count as low (a review threshold, not a platform limit). */
  private static final long LOW_CAP_DIVISOR = 10;

  @Override
  public Stream<Finding> check(WorkerEnvironment env, RuleContext ctx) {
    long platformMax = ctx.platform().whole("queues.limits.concurrentConsumerInvocationsPushMax");
    return env.queueConsumers().stream()
        .filter(c -> c.number("max_concurrency").flatMap(Setting::asLong).filter(n -> n <= platformMax / LOW_CAP_DIVISOR).isPresent())
        .map(c -> finding(env, c, ctx, platformMax));
  }

  private Finding finding(WorkerEnvironment env, QueueConsumer consumer, RuleContext ctx, long platformMax) {
    Setting cap = consumer.number("max_concurrency").orElseThrow();
    long concurrency = cap.asLong().orElseThrow();
    long batch = consumer.number("max_batch_size").flatMap(Setting::asLong)
        .orElse(ctx.platform().whole("queues.limits.consumerBatchSizeDefault"));
    long inFlight = concurrency * batch;
    return FindingBuilder.of(this, env)
        .at(cap.location())
        .message("max_concurrency = " + concurrency + " caps `" + consumer.queue() + "` at " + concurrency
            + " concurrent consumer invocations (autoscaling allows " + Figures.count(platformMax) + "): at most "
            + Figures.count(inFlight) + " messages per batch duration, e.g. " + Figures.count(inFlight)
            + " msg/s if a batch takes 1 s; a producer sending faster builds a growing backlog")
        .evidence("key", cap.key())
        .evidence("value", concurrency)
        .evidence("max_batch_size", batch)
        .evidence("platform maximum", platformMax + " (queues.limits.concurrentConsumerInvocationsPushMax)")
        .fix("Remove max_concurrency to let the consumer autoscale, or size it from the producer rate: "
            + "concurrency >= messages per second x seconds per batch / batch size.")
        .subject("consumer:" + consumer.queue())
        .build();
  }
}
