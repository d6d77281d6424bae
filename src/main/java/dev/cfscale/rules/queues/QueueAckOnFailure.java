package dev.cfscale.rules.queues;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.ErrorScope;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.code.Subrequests;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A queue consumer that acknowledges a message in the catch clause of a try block that calls another
 * service: a network error, a timeout or a 5xx there is transient, yet the message is acknowledged and
 * never retried (nor sent to the dead-letter queue). Skipping a message that fails validation outside
 * any catch is left alone: retrying cannot fix a malformed body.
 */
@RuleInfo(id = "queues/ack-on-failure", severity = Severity.MEDIUM,
    summary = "Queue consumer acknowledges a message whose processing failed, so it is never retried")
public final class QueueAckOnFailure implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!(op.operation().equals("message.ack") || op.operation().equals("batch.ackAll")) || op.bindingType().isPresent()
        || op.errors().part() != ErrorScope.Part.CATCH || op.reachedFrom().stream().noneMatch(e -> e.kind() == EntryKind.QUEUE)) {
      return Stream.empty();
    }
    List<OperationSite> guarded = worker.code().operations().stream()
        .filter(o -> o.file().equals(op.file()) && o.function().equals(op.function()) && o.errors().part() == ErrorScope.Part.TRY
            && o.errors().tryAt().equals(op.errors().tryAt()) && Subrequests.waitsOnService(o))
        .toList();
    if (guarded.isEmpty()) {
      return Stream.empty();
    }
    long retries = ctx.platform().whole("queues.limits.maxRetriesDefault");
    String calls = guarded.stream().map(o -> "`" + o.code() + "` (line " + o.location().line() + ")").distinct().limit(3)
        .collect(Collectors.joining(", "));
    return Stream.of(finding(worker, op)
        .message("`" + op.code() + "` acknowledges the message in the catch clause of the try block at line "
            + op.errors().tryAt().map(l -> String.valueOf(l.line())).orElse("?") + ", which calls " + calls + ": a network error,"
            + " timeout or 5xx there is transient, but the message is removed instead of being retried (up to " + retries
            + " times by default) or reaching the dead-letter queue")
        .evidence("try", op.errors().tryAt().map(Object::toString).orElse("?"))
        .evidence("calls in try", calls)
        .evidence("retries", retries + " by default (queues.limits.maxRetriesDefault)")
        .fix("In the catch, call message.retry({ delaySeconds }) for errors that can pass (network, timeout, 429/5xx) and ack()"
            + " only those that cannot (validation, 4xx); configure a dead_letter_queue for messages that exhaust their retries.")
        .build());
  }
}
