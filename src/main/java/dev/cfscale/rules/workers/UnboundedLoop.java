package dev.cfscale.rules.workers;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/** {@code while (true)} / {@code for (;;)} whose body has no break, return or throw. */
@RuleInfo(id = "workers/unbounded-loop", severity = Severity.HIGH, summary = "Loop without an exit (while(true) with no break/return/throw)")
public final class UnboundedLoop implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.operation().equals("loop.unbounded")) {
      return Stream.empty();
    }
    long cpuMs = ctx.platform().whole("workers.limits.cpuMsPerInvocationPaidDefault");
    return Stream.of(finding(worker, op)
        .message("This loop has no break, return or throw: it only ends when the runtime kills the invocation (after "
            + cpuMs + " ms of CPU by default on Paid), and every such request is billed for that CPU")
        .fix("Give the loop an exit: a maximum number of attempts, a deadline, or a break when the work is done.")
        .subject(op.function() + ":loop")
        .build());
  }
}
