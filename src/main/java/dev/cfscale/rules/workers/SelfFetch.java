package dev.cfscale.rules.workers;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.FetchTarget;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * {@code fetch(request.url)} (or a URL built from it, or from the request's own origin or Host header): the Worker
 * calls its own public URL. On workers.dev and custom domains that invokes the Worker again, billed as a request;
 * the same URL recurses until the subrequest limit stops it. An image transformation of the own URL ({@code cf: { image }})
 * whose code answers the resizing service's request ({@code Via: image-resizing}) is Cloudflare's documented resizing
 * shape and stays quiet.
 */
@RuleInfo(id = "workers/self-fetch", severity = Severity.HIGH, summary = "Worker fetches its own URL (recursion)")
public final class SelfFetch implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.operation().equals("fetch") || op.bindingType().isPresent() || !op.options().fetchesOwnUrl()
        || op.options().fetch().filter(FetchTarget::loopGuardedImageTransform).isPresent()) {
      return Stream.empty();
    }
    String price = ctx.platform().number("workers.pricing.usdPerMillionRequests").toPlainString();
    // a template on the own host (`https://${host}/isr`) calls another route: a billed extra hop, not a recursion
    boolean otherRoute = op.key().shape() == KeyArg.Shape.TEMPLATE;
    return Stream.of(finding(worker, op)
        .severity(otherRoute ? Severity.MEDIUM : Severity.HIGH)
        .message("`" + op.code() + "` fetches this Worker's own public URL (built from the incoming request's URL, origin or"
            + " Host header): on workers.dev or a custom domain that invokes this Worker again as a new billed request ($"
            + price + " per million) after a public round trip, and fetching the very URL it was called on recurses until"
            + " the subrequest limit fails the request")
        .evidence("url", op.key().text())
        .fix("Call the handler function directly, or bind the Worker to itself with a service binding (`services ="
            + " [{ binding = \"SELF\", service = \"<this worker>\" }]`, then `env.SELF.fetch(...)`), which skips the public"
            + " hop; use a service binding to a separate Worker for other logic.")
        .build());
  }
}
