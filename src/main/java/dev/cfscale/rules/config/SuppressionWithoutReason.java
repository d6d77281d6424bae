package dev.cfscale.rules.config;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.findings.SuppressionDirective;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.Rule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/** A {@code cfscale-ignore} comment must say why; one without a reason suppresses nothing. */
@RuleInfo(id = "config/suppression-without-reason", severity = Severity.LOW,
    summary = "cfscale-ignore comment without a rule id or a reason (it suppresses nothing)")
public final class SuppressionWithoutReason implements Rule {

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext ctx) {
    return facts.sources().stream()
        .flatMap(source -> SuppressionDirective.parse(source).stream())
        .filter(d -> !d.isValid())
        .map(d -> FindingBuilder.of(this, d.location())
            .message("cfscale-ignore without " + (d.ruleIds().isEmpty() ? "a rule id and " : "") + "a reason is ignored:"
                + " write `cfscale-ignore RULE why it is safe here`")
            .evidence("directive", d.text())
            .fix("Add the rule id and a short reason after cfscale-ignore, e.g. `cfscale-ignore workers/no-cpu-limit"
                + " batch worker, bounded by input size`.")
            .subject("suppression:" + d.text())
            .build());
  }
}
