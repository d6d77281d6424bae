package dev.cfscale.rules.queues;

import dev.cfscale.facts.config.QueueConsumer;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.EnvironmentRule;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/** A queue consumer without a dead-letter queue deletes messages after their last retry. */
@RuleInfo(id = "queues/no-dead-letter-queue", severity = Severity.HIGH,
    summary = "Queue consumer has no dead-letter queue: messages are dropped after the last retry")
public final class QueueNoDeadLetterQueue implements EnvironmentRule {

  @Override
  public Stream<Finding> check(WorkerEnvironment env, RuleContext ctx) {
    return env.queueConsumers().stream().filter(c -> c.deadLetterQueue().isEmpty()).map(c -> finding(env, c, ctx));
  }

  private Finding finding(WorkerEnvironment env, QueueConsumer consumer, RuleContext ctx) {
    long defaultRetries = ctx.platform().whole("queues.limits.maxRetriesDefault");
    boolean explicit = consumer.number("max_retries").isPresent();
    long retries = consumer.number("max_retries").flatMap(s -> s.asLong()).orElse(defaultRetries);
    return FindingBuilder.of(this, env)
        .at(consumer.location())
        .message("Consumer of queue `" + consumer.queue() + "` has no dead_letter_queue: a message that fails "
            + (retries + 1) + " deliveries (max_retries = " + retries + (explicit ? "" : ", the default")
            + ") is deleted and lost")
        .evidence("key", "queues.consumers[queue=" + consumer.queue() + "].dead_letter_queue")
        .evidence("value", "(not set)")
        .evidence("max_retries", retries + (explicit ? "" : " (default, queues.limits.maxRetriesDefault)"))
        .fix("Add dead_letter_queue = \"" + consumer.queue() + "-dlq\" to this consumer (the queue is created on deploy)"
            + " and consume or alert on it, so failed jobs can be inspected and replayed.")
        .subject("consumer:" + consumer.queue())
        .build();
  }
}
