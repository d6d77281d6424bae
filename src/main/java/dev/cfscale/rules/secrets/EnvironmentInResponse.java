package dev.cfscale.rules.secrets;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole environment written into a response (the code engine's {@code env.serialised}:
 * {@code Response.json(env)}, {@code new Response(JSON.stringify(process.env))}, {@code c.json({ ...env })}): every var
 * and secret goes to the caller. High when a route anyone can call reaches it, medium behind authentication.
 */
@RuleInfo(id = "secrets/env-in-response", severity = Severity.HIGH,
    summary = "The whole env (every var and secret) is serialised into a response")
public final class EnvironmentInResponse implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext context) {
    if (!op.operation().equals("env.serialised") || op.reachedFrom().stream().noneMatch(e -> e.kind().isRequestPath())) {
      return Stream.empty();
    }
    Set<EntryPoint> open = op.openHotEntries();
    String who = open.isEmpty() ? "every caller that passes its authentication"
        : "anyone calling " + open.stream().map(EntryPoint::toString).sorted().collect(Collectors.joining(", "));
    return Stream.of(finding(worker, op)
        .severity(open.isEmpty() ? Severity.MEDIUM : Severity.HIGH)
        .message("`" + op.code() + "` sends the whole environment to the client: every var and every secret (API keys,"
            + " tokens, passwords; with nodejs_compat also `process.env`) is readable by " + who)
        .evidence("open to", open.isEmpty() ? "(behind an authentication check)" : who)
        .fix("Return only the fields the client needs (`{ mode: env.MODE }`), never the env object or process.env; if the"
            + " route was for debugging, remove it, and rotate the secrets it has served.")
        .subject(op.function() + ":env.serialised")
        .build());
  }
}
