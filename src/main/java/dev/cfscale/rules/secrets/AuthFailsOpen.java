package dev.cfscale.rules.secrets;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An authentication check that lets every request through when its credential is not set (the code engine's
 * {@code auth.failsOpen}: a middleware that calls {@code next()} when the secret is missing, a rejection that only
 * runs when it is set; and {@code auth.undefinedCredentials}: a Basic-auth header expected from unset secrets). A Worker deployed with the Deploy button,
 * before {@code wrangler secret put}, or after a rename serves the guarded routes to anyone. Quiet when the config
 * declares the credential in {@code secrets.required} (the deploy then fails without it). High, except for a webhook
 * signature (medium: forged events, not a takeover of the guarded routes).
 */
@RuleInfo(id = "secrets/auth-fails-open", severity = Severity.HIGH,
    summary = "Authentication is skipped when its secret is not set: the route is public until the secret is put")
public final class AuthFailsOpen implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext context) {
    boolean guessable = op.operation().equals("auth.undefinedCredentials");
    if (!(guessable || op.operation().equals("auth.failsOpen")) || op.reachedFrom().stream().noneMatch(e -> e.kind().isRequestPath())) {
      return Stream.empty();
    }
    List<String> credentials = Arrays.asList(op.key().text().split(","));
    List<String> declared = worker.environments().stream().map(WorkerEnvironment::requiredSecrets).flatMap(List::stream).toList();
    if (credentials.stream().anyMatch(declared::contains)) {
      return Stream.empty();
    }
    String names = credentials.stream().map(n -> "`" + n + "`").collect(Collectors.joining(" and "));
    boolean webhook = credentials.stream().map(n -> n.toUpperCase(Locale.ROOT)).anyMatch(n -> n.contains("WEBHOOK") || n.contains("SIGN"));
    String routes = op.reachedFrom().stream().filter(e -> e.kind().isRequestPath()).map(EntryPoint::toString).sorted()
        .collect(Collectors.joining(", "));
    return Stream.of(finding(worker, op)
        .severity(webhook ? Severity.MEDIUM : Severity.HIGH)
        .message((guessable
            ? "The expected credentials are built from " + names + " (`" + op.code() + "`): when it is not set they contain the text"
                + " \"undefined\", which anyone can send, so"
            : "This check lets the request through when " + names + " is not set, so") + " deployed before `wrangler secret put`,"
            + " with the Deploy button or after a rename, " + routes + " answers anyone")
        .evidence("credentials", String.join(", ", credentials))
        .evidence("secrets.required", declared.isEmpty() ? "(none declared)" : String.join(", ", declared))
        .fix("Fail closed: when the secret is missing answer 500 (or 401) instead of skipping the check, and declare it"
            + " in the config (`\"secrets\": { \"required\": [" + credentials.stream().map(n -> "\"" + n + "\"")
                .collect(Collectors.joining(", ")) + "] }`) so `wrangler deploy` fails without it.")
        .subject(op.function() + ":" + op.operation() + ":" + op.key().text())
        .build());
  }
}
