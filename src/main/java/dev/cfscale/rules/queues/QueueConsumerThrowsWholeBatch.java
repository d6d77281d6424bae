package dev.cfscale.rules.queues;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.code.Subrequests;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A consumer that loops over {@code batch.messages} calling other services with no try/catch and no
 * per-message {@code ack()}/{@code retry()}: the first failure throws out of the handler, and the whole
 * batch (the messages already processed included) is delivered again, so their side effects run twice.
 */
@RuleInfo(id = "queues/consumer-throws-whole-batch", severity = Severity.MEDIUM,
    summary = "Queue consumer throws out of its batch loop: the whole batch is retried, duplicating side effects")
public final class QueueConsumerThrowsWholeBatch implements CodeRule {
  private static final Set<String> SETTLES = Set.of("message.ack", "message.retry", "batch.ackAll", "batch.retryAll");

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite loop, RuleContext ctx) {
    Set<EntryPoint> consumers = loop.reachedFrom().stream().filter(e -> e.kind() == EntryKind.QUEUE).collect(Collectors.toSet());
    if (!loop.operation().equals("queue.messages") || consumers.isEmpty() || loop.errors().caught()) {
      return Stream.empty();
    }
    List<OperationSite> inLoop = worker.code().operations().stream().filter(o -> insideLoop(o, loop)
        && o.reachedFrom().stream().anyMatch(consumers::contains)).toList();
    List<OperationSite> throwing = inLoop.stream().filter(o -> Subrequests.waitsOnService(o) && o.awaited() && !o.errors().caught())
        .toList();
    if (throwing.isEmpty() || inLoop.stream().anyMatch(o -> SETTLES.contains(o.operation()))
        || worker.code().operations().stream().anyMatch(o -> o.operation().startsWith("batch.") && o.reachedFrom().stream()
            .anyMatch(consumers::contains))) {
      return Stream.empty();
    }
    String calls = throwing.stream().map(o -> "`" + o.code() + "` (" + o.file() + ":" + o.location().line() + ")").distinct().limit(3)
        .collect(Collectors.joining(", "));
    long retries = ctx.platform().whole("queues.limits.maxRetriesDefault");
    return Stream.of(finding(worker, loop)
        .message("The consumer loop over batch.messages calls " + calls + " with no try/catch and no per-message ack()/retry():"
            + " one failing message throws out of the handler and the whole batch is delivered again (up to " + retries
            + " retries by default), re-running the work of the messages that already succeeded")
        .evidence("calls without catch", calls)
        .evidence("settled per message", "no ack()/retry() in the loop")
        .fix("Wrap each message in try/catch: message.ack() after it succeeds, message.retry({ delaySeconds }) when it fails,"
            + " so only failed messages are redelivered; make the side effects idempotent.")
        .build());
  }

  /** {@code o} runs inside the loop {@code loop} marks (directly or in a function the loop calls). */
  private static boolean insideLoop(OperationSite o, OperationSite loop) {
    return o.loop().loop().filter(l -> l.file().equals(loop.location().file()) && l.line() == loop.location().line()).isPresent();
  }
}
