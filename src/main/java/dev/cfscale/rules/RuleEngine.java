package dev.cfscale.rules;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the enabled rules over a project. A value inherited by several environments is found once
 * per environment; those findings are merged into one that lists every environment.
 */
public final class RuleEngine {
  private final List<Rule> rules;

  public RuleEngine(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The result of one run: findings in file order, and rules that failed internally. */
  public record Result(List<Finding> findings, List<Problem> ruleFailures) {}

  public Result run(ProjectFacts facts, RuleContext context, Set<String> disabledRuleIds) {
    Map<String, Finding> merged = new LinkedHashMap<>();
    List<Problem> failures = new ArrayList<>();
    for (Rule rule : rules) {
      if (disabledRuleIds.contains(rule.info().id())) {
        continue;
      }
      try {
        rule.check(facts, context).forEach(f -> merged.merge(key(f), f, Finding::alsoIn));
      } catch (RuntimeException e) {
        failures.add(Problem.warning(Location.ofFile("(cfscale)"),
            "internal error in rule " + rule.info().id() + ", its findings are missing: " + e));
      }
    }
    List<Finding> findings = new ArrayList<>(merged.values());
    findings.sort(Comparator.comparing(Finding::location).thenComparing(Finding::ruleId));
    return new Result(findings, failures);
  }

  private static String key(Finding f) {
    return f.ruleId() + "|" + f.location() + "|" + f.subject();
  }

}
