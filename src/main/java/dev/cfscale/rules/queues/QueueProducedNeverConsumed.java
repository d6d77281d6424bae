package dev.cfscale.rules.queues;

import dev.cfscale.facts.config.Binding;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.findings.Figures;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.Rule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A queue that some Worker in the repository sends to but no Worker consumes. Only checked when a
 * whole directory was scanned: with {@code --config} the consumer may live in a file not read.
 */
@RuleInfo(id = "queues/produced-never-consumed", severity = Severity.MEDIUM,
    summary = "Queue is produced to but no Worker in the repository consumes it")
public final class QueueProducedNeverConsumed implements Rule {

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext ctx) {
    if (!facts.wholeProject()) {
      return Stream.empty();
    }
    Set<String> consumed = Stream.concat(facts.environments().flatMap(e -> e.queueConsumers().stream()).map(c -> c.queue()),
        facts.queuesConsumedBySkippedConfigs().stream()).collect(Collectors.toSet());
    Map<String, Map.Entry<WorkerEnvironment, Binding>> firstProducer = new LinkedHashMap<>();
    facts.environments().forEach(env -> env.bindings(BindingType.QUEUE_PRODUCER).forEach(b ->
        b.text("queue").filter(q -> !consumed.contains(q))
            .ifPresent(q -> firstProducer.putIfAbsent(q, Map.entry(env, b)))));
    long retentionSeconds = ctx.platform().whole("queues.limits.retentionSecondsDefault");
    return firstProducer.entrySet().stream().map(e -> finding(e.getKey(), e.getValue().getKey(), e.getValue().getValue(), retentionSeconds));
  }

  private Finding finding(String queue, WorkerEnvironment env, Binding producer, long retentionSeconds) {
    return FindingBuilder.of(this, env)
        .at(producer.location())
        .message("Queue `" + queue + "` (binding " + producer.name() + ") is sent to, but no Worker in this repository"
            + " consumes it: messages wait until retention expires (" + Figures.count(retentionSeconds)
            + " s by default) and are deleted unread, each still billed a write and a delete")
        .evidence("key", "queues.producers[binding=" + producer.name() + "].queue")
        .evidence("value", queue)
        .evidence("consumers found", "none in the scanned directory (variant, environment and skipped configs included)")
        .evidence("confidence", "medium: the consumer may live in another repository")
        .fix("Add a [[queues.consumers]] entry for \"" + queue + "\" to the Worker that processes it, or remove the"
            + " producer binding if the queue is unused.")
        .subject("queue:" + queue)
        .build();
  }
}
