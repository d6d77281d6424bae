package dev.cfscale.rules.workers;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Subrequests (fetch, R2, Durable Object and service-binding calls) in a loop on a request path: the
 * count per invocation is capped, and only a few connections may be open at once. D1, KV reads and
 * queue sends have their own rules; R2 {@code list()} in a loop is cursor pagination and is left alone.
 */
@RuleInfo(id = "workers/subrequests-in-loop", severity = Severity.MEDIUM,
    summary = "fetch / R2 / Durable Object / service calls inside a loop on a request path")
public final class SubrequestsInLoop implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.loop().inLoop() || !op.onHotRequestPath() || kind(op).isEmpty()) {
      return Stream.empty();
    }
    long free = ctx.platform().whole("workers.limits.subrequestsPerInvocationFree");
    long paid = ctx.platform().whole("workers.limits.subrequestsPerInvocationPaidDefault");
    long connections = ctx.platform().whole("workers.limits.simultaneousOpenConnectionsPerInvocation");
    return Stream.of(finding(worker, op)
        .message(kind(op).get() + " `" + op.code() + "` runs " + CodeRule.loopWords(op) + " on a request path: each item is a"
            + " subrequest (at most " + free + " external on Free, " + paid + " on Paid by default) and only " + connections
            + " connections can be open at once, so latency grows with the input")
        .evidence("limits", free + " (Free) / " + paid + " (Paid) subrequests per invocation; " + connections
            + " simultaneous connections (workers.limits.*)")
        .fix("Bound the input size, fetch in one request (a batch endpoint, R2 list), or move the fan-out to a Queue"
            + " consumer or Workflow.")
        .build());
  }

  private static Optional<String> kind(OperationSite op) {
    if (op.operation().equals("fetch") && op.bindingType().isEmpty()) {
      return Optional.of("fetch");
    }
    // list() in a loop is cursor pagination: one call per page, inherent to listing
    if (op.bindingType().filter(BindingType.R2_BUCKET::equals).isPresent() && !op.operation().startsWith("body.")
        && !op.operation().equals("list")) {
      return Optional.of("R2 " + op.operation());
    }
    if (op.operation().startsWith("stub.")) {
      return Optional.of("Durable Object call");
    }
    if (op.bindingType().filter(BindingType.SERVICE::equals).isPresent()) {
      return Optional.of("Service binding call");
    }
    return Optional.empty();
  }
}
