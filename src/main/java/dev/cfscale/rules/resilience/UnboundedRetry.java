package dev.cfscale.rules.resilience;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.code.TestPaths;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * A retry of awaited work with no attempt cap (an endless loop that only success leaves) or with no wait between
 * attempts (the catch clause tries again at once): during an outage of the dependency every invocation keeps
 * hammering it, and the retries multiply the load that made it fail.
 */
@RuleInfo(id = "resilience/unbounded-retry", severity = Severity.MEDIUM,
    summary = "Retry loop with no attempt cap or no backoff between attempts")
public final class UnboundedRetry implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.operation().startsWith("retry.") || TestPaths.isTest(op.file())) {
      return Stream.empty();
    }
    boolean uncapped = op.operation().startsWith("retry.uncapped");
    boolean immediate = op.operation().endsWith(".immediate");
    long subrequests = ctx.platform().whole("workers.limits.subrequestsPerInvocationPaidDefault");
    String missing = uncapped && immediate ? "no attempt cap and no wait between attempts"
        : uncapped ? "no attempt cap (only success leaves the loop)" : "no wait between attempts (it tries again at once)";
    return Stream.of(finding(worker, op)
        .message("This retry in " + op.function() + " has " + missing + ": when the dependency is down or overloaded, every"
            + " invocation " + (uncapped ? "keeps retrying until the runtime stops it (each attempt a subrequest, up to "
            + subrequests + " per invocation on Paid by default)" : "sends its attempts back to back")
            + ", multiplying the load on the service that is failing instead of letting it recover")
        .evidence("retry", uncapped ? "endless loop whose only exit is success" : "capped, but no setTimeout/scheduler.wait before the next attempt")
        .evidence("limit", subrequests + " subrequests per invocation (workers.limits.subrequestsPerInvocationPaidDefault)")
        .fix("Cap the attempts (3-5), wait with exponential backoff and jitter between them (`await scheduler.wait(base * 2 ** attempt"
            + " * Math.random())`), retry only errors that can succeed later (5xx, 429 with Retry-After), and for background work"
            + " hand the retry to a queue or a Durable Object alarm.")
        .subject(op.function() + ":" + op.operation())
        .build());
  }
}
