package dev.cfscale.rules.queues;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/** Queue {@code send()} per loop iteration where one {@code sendBatch()} would do. */
@RuleInfo(id = "queues/send-in-loop", severity = Severity.MEDIUM, summary = "Queue send() inside a loop instead of sendBatch()")
public final class QueueSendInLoop implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.is(BindingType.QUEUE_PRODUCER, "send") || !op.loop().inLoop()) {
      return Stream.empty();
    }
    long messages = ctx.platform().whole("queues.limits.sendBatchMaxMessages");
    long kb = ctx.platform().whole("queues.limits.sendBatchMaxKb");
    long perSecond = ctx.platform().whole("queues.limits.messagesPerSecondPerQueue");
    return Stream.of(finding(worker, op)
        .message("`" + op.code() + "` sends one message " + CodeRule.loopWords(op) + ": one subrequest per message, where"
            + " sendBatch() sends up to " + messages + " messages (" + kb + " KB) at once; a queue accepts " + perSecond
            + " messages/s")
        .evidence("sendBatch", messages + " messages or " + kb + " KB (queues.limits.sendBatchMaxMessages, sendBatchMaxKb)")
        .fix("Build the messages in the loop and call env." + op.binding().orElse("QUEUE") + ".sendBatch(messages.map(body => ({ body })))"
            + " in chunks of " + messages + ".")
        .build());
  }
}
