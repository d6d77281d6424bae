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

/** A consumer whose dead-letter queue is the queue itself re-delivers poison messages forever. */
@RuleInfo(id = "queues/dead-letter-queue-is-self", severity = Severity.HIGH,
    summary = "Queue consumer names its own queue as dead-letter queue: failing messages loop forever")
public final class QueueDeadLetterIsSelf implements EnvironmentRule {

  @Override
  public Stream<Finding> check(WorkerEnvironment env, RuleContext ctx) {
    return env.queueConsumers().stream()
        .filter(c -> c.deadLetterQueue().filter(c.queue()::equals).isPresent())
        .map(c -> finding(env, c));
  }

  private Finding finding(WorkerEnvironment env, QueueConsumer consumer) {
    return FindingBuilder.of(this, env)
        .at(consumer.settings().get("dead_letter_queue").location())
        .message("Consumer of `" + consumer.queue() + "` uses the same queue as its dead_letter_queue: a message that"
            + " always fails is written back and retried forever, costing operations on every lap")
        .evidence("key", "queues.consumers[queue=" + consumer.queue() + "].dead_letter_queue")
        .evidence("value", consumer.queue())
        .fix("Point dead_letter_queue at a separate queue such as \"" + consumer.queue() + "-dlq\".")
        .subject("consumer:" + consumer.queue())
        .build();
  }
}
