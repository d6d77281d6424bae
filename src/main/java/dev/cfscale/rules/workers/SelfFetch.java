package dev.cfscale.rules.workers;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * {@code fetch(request.url)} (or a URL built from it): the Worker calls its own URL. On workers.dev and
 * custom domains that invokes the Worker again, each level billed as a request, and it recurses
 * until the subrequest limit stops it.
 */
@RuleInfo(id = "workers/self-fetch", severity = Severity.HIGH, summary = "Worker fetches its own URL (recursion)")
public final class SelfFetch implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.operation().equals("fetch") || op.bindingType().isPresent() || !op.options().fetchesOwnUrl()) {
      return Stream.empty();
    }
    String price = ctx.platform().number("workers.pricing.usdPerMillionRequests").toPlainString();
    return Stream.of(finding(worker, op)
        .message("`" + op.code() + "` fetches the incoming request's own URL: on workers.dev or a custom domain this invokes"
            + " this Worker again (each level a billed request, $" + price + " per million), recursing until the"
            + " subrequest limit fails the request")
        .evidence("url", op.key().text())
        .fix("Call the handler function directly, use a service binding to a separate Worker, or fetch the origin by"
            + " its own hostname.")
        .build());
  }
}
