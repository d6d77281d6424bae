package dev.cfscale.rules.resilience;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.FetchTarget;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RequestPaths;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An awaited {@code fetch} to an external host written in the code, on a request path, with no abort
 * signal in its init and no timeout armed in the function: a slow origin holds every request that
 * needs it. Quiet when the init cannot be read (it may carry a signal), when the call is deferred with
 * {@code waitUntil}, for calls to LLM APIs (generations legitimately run for minutes), for an
 * identity provider's token or user-info endpoint during a login, for a fetch served from the framework's data
 * cache ({@code cache: "force-cache"}): the origin is not on the request path, and for a transparent proxy that
 * streams the incoming request's body on ({@code body: request.body}): the client's own timeout bounds it. A URL the
 * client sends ({@code fetch(body.imageUrl)}) is external too, at a host as slow as the caller likes, and so is a URL
 * that writes {@code https://} and reads its host at run time ({@code `https://${apiHost}/v1/...`}). A timeout wrapper
 * that arms a signal for its fetch but awaits a callback it was given without that signal is reported at the callback
 * call: on that path the timeout does nothing.
 */
@RuleInfo(id = "resilience/external-fetch-without-timeout", severity = Severity.MEDIUM,
    summary = "fetch to an external origin on a request path with no timeout")
public final class ExternalFetchWithoutTimeout implements CodeRule {
  /** Hosts whose calls are model generations: a short timeout would cut valid answers. */
  private static final Set<String> GENERATION_HOSTS = Set.of("api.openai.com", "api.anthropic.com",
      "generativelanguage.googleapis.com", "gateway.ai.cloudflare.com", "api.groq.com", "api.mistral.ai", "openrouter.ai");
  /** Generation endpoints on other hosts: Workers AI's REST run, text-to-speech, completions. */
  private static final Pattern GENERATION_PATH = Pattern.compile(
      "(?i)/ai/run/|text-to-speech|/chat/completions|:generateContent|:streamGenerateContent|/images/generations");
  /** How a host the client picks ({@code fetch(body.imageUrl)}) is named in the finding. */
  private static final String CLIENT_HOST = "a host the client chooses";
  private static final Pattern LOGIN = Pattern.compile("(?i)oauth|openid|\\.well-known|userinfo|/token\\b|login");

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (op.operation().equals("timeout.bypassed")) {
      return RequestPaths.hot(worker, op) && !op.inWaitUntil() ? Stream.of(bypassed(worker, op, ctx)) : Stream.empty();
    }
    Optional<FetchTarget> target = op.options().fetch();
    if (!op.operation().equals("fetch") || op.bindingType().isPresent() || target.isEmpty()
        || (target.get().host().isEmpty() && !target.get().clientChosen() && target.get().runtimeHost().isEmpty())
        || !RequestPaths.hot(worker, op) || op.inWaitUntil() || !op.awaited() || op.options().fetchesOwnUrl()) {
      return Stream.empty();
    }
    FetchTarget t = target.get();
    String host = t.host().or(() -> t.runtimeHost().map(h -> "the host in `" + h + "`")).orElse(CLIENT_HOST);
    if (t.initOpaque() || t.sets("signal") || t.timeoutInScope() || t.servedFromCache() || t.forwardsRequest()
        || GENERATION_HOSTS.contains(host)
        || GENERATION_PATH.matcher(op.key().text()).find() || isLocal(host)
        || LOGIN.matcher(op.key().text() + " " + op.file() + " " + op.function()).find()) {
      return Stream.empty();
    }
    long connections = ctx.platform().whole("workers.limits.simultaneousOpenConnectionsPerInvocation");
    return Stream.of(finding(worker, op)
        .message("`" + op.code() + "` waits on " + host + " with no timeout: Workers put no wall-clock limit on a request"
            + " waiting for a subrequest, so when " + (t.clientChosen() ? "that host" : host) + " is slow every request that needs it hangs until the client gives"
            + " up (and holds one of its " + connections + " simultaneous connections)")
        .evidence("host", host)
        .evidence("init", t.initKeys().isEmpty() ? "(none)" : String.join(", ", t.initKeys()))
        .evidence("limits", connections + " simultaneous open connections per invocation (workers.limits.simultaneousOpenConnectionsPerInvocation)")
        .fix("Pass signal: AbortSignal.timeout(ms) (a few seconds, below what your clients wait) and answer with a fallback"
            + " (a cached copy, a default, a 503) when it fires; cache responses that change rarely.")
        .build());
  }

  /** A timeout wrapper that arms a signal for its own fetch but awaits the callback it was given without it. */
  private Finding bypassed(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    long connections = ctx.platform().whole("workers.limits.simultaneousOpenConnectionsPerInvocation");
    return finding(worker, op)
        .message("`" + op.code() + "` in " + op.function() + " runs a callback its caller passed without the abort signal the"
            + " function arms for its own fetch: on this path the timeout is silently ignored, so whatever the callback fetches can"
            + " hang every request that takes it (Workers put no wall-clock limit on a waiting subrequest, and each holds one of "
            + connections + " simultaneous connections)")
        .evidence("callback", op.code())
        .evidence("limits", connections + " simultaneous open connections per invocation (workers.limits.simultaneousOpenConnectionsPerInvocation)")
        .fix("Pass the signal to the callback (requestHandler(controller.signal)) and use it in its fetches, or race the callback"
            + " against the timer (Promise.race with a rejecting timeout) so both paths are bounded.")
        .build();
  }

  private static boolean isLocal(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.endsWith(".local") || host.endsWith(".internal");
  }
}
