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
 * tenth of the platform maximum, so a deliberate moderate cap stays quiet. A cap whose comment says
 * why ({@code max_concurrency = 2 # the LLM provider allows 2 parallel requests}) is a deliberate
 * throttle: reported as a note, with the reason quoted.
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
    String reason = reason(cap.comment()).or(() -> reason(consumer.comment())).orElse("");
    FindingBuilder b = FindingBuilder.of(this, env)
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
        .subject("consumer:" + consumer.queue());
    if (!reason.isEmpty()) {
      b.severity(Severity.NOTE).evidence("stated reason", reason);
    }
    return b.build();
  }

  /** A comment that explains (a few words, not the key restated), as the author's stated reason for the cap. */
  private static java.util.Optional<String> reason(String comment) {
    String words = comment.replaceAll("(?i)max_concurrency", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return words.split(" ").length >= 3 ? java.util.Optional.of(comment) : java.util.Optional.empty();
  }
}
