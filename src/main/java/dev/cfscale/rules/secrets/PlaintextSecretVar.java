package dev.cfscale.rules.secrets;

import dev.cfscale.facts.config.Var;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.SecretShape;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.EnvironmentRule;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A credential in plaintext {@code vars}: it is committed with the config, shown in the dashboard
 * and readable by anyone with the repository. The value is never printed, in any format.
 */
@RuleInfo(id = "secrets/plaintext-var", severity = Severity.HIGH,
    summary = "Credential stored in plaintext vars instead of a secret")
public final class PlaintextSecretVar implements EnvironmentRule {

  @Override
  public boolean appliesTo(WorkerKind kind) {
    return true;
  }

  @Override
  public Stream<Finding> check(WorkerEnvironment env, RuleContext ctx) {
    return env.vars().stream().flatMap(v -> finding(env, v).stream());
  }

  private Optional<Finding> finding(WorkerEnvironment env, Var var) {
    if (var.text().isEmpty()) {
      return Optional.empty();
    }
    int length = var.text().get().length();
    return SecretShape.classify(var.name(), var.text().get().reveal()).map(reason -> FindingBuilder.of(this, env)
        .at(var.location())
        .message("vars." + var.name() + " looks like a credential (" + reason + "): plaintext vars are committed with the"
            + " config and visible in the dashboard")
        .evidence("key", "vars." + var.name())
        .evidence("value", "(redacted, " + length + " characters)")
        .evidence("why", reason)
        .fix("Remove it from vars, rotate it (it is in your git history), and set it with `wrangler secret put "
            + var.name() + (env.environment().map(e -> " --env " + e).orElse("")) + "`; declare it under secrets.required.")
        .subject("var:" + var.name())
        .build());
  }
}
