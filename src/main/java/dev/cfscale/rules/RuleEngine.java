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
  private final ParallelMap parallel;

  /**
   * How the engine runs independent checks at once: {@code items} mapped by {@code fn}, results in the order of
   * {@code items}. The caller chooses the threads (the CLI's have large stacks); rules read only immutable facts.
   */
  @FunctionalInterface
  public interface ParallelMap {
    <T, R> List<R> map(List<T> items, java.util.function.Function<? super T, ? extends R> fn);
  }

  /** An engine that runs the rules one after the other on the calling thread. */
  public RuleEngine(List<Rule> rules) {
    this(rules, RuleEngine::inOrder);
  }

  /** An engine that runs the rules through {@code parallel}; findings are merged in rule order, as one after the other. */
  public RuleEngine(List<Rule> rules, ParallelMap parallel) {
    this.rules = List.copyOf(rules);
    this.parallel = parallel;
  }

  private static <T, R> List<R> inOrder(List<T> items, java.util.function.Function<? super T, ? extends R> fn) {
    List<R> out = new ArrayList<>(items.size());
    items.forEach(item -> out.add(fn.apply(item)));
    return out;
  }

  /** One rule's findings, or the internal error that cost them. */
  private record Checked(Rule rule, List<Finding> findings, RuntimeException failure) {}

  /** The result of one run: findings in file order, and rules that failed internally. */
  public record Result(List<Finding> findings, List<Problem> ruleFailures) {}

  public Result run(ProjectFacts facts, RuleContext context, Set<String> disabledRuleIds) {
    Map<String, Finding> merged = new LinkedHashMap<>();
    List<Problem> failures = new ArrayList<>();
    List<Rule> enabled = rules.stream().filter(r -> !disabledRuleIds.contains(r.info().id())).toList();
    List<Checked> checked = parallel.map(enabled, rule -> {
      try {
        return new Checked(rule, rule.check(facts, context).toList(), null);
      } catch (RuntimeException e) {
        return new Checked(rule, List.of(), e);
      }
    });
    for (Checked c : checked) {
      if (c.failure() != null) {
        failures.add(Problem.warning(Location.ofFile("(cfscale)"),
            "internal error in rule " + c.rule().info().id() + ", its findings are missing: " + c.failure()));
      }
      c.findings().forEach(f -> merged.merge(key(f), f, Finding::alsoIn));
    }
    List<Finding> findings = new ArrayList<>(merged.values());
    findings.sort(Comparator.comparing(Finding::location).thenComparing(Finding::ruleId));
    return new Result(findings, failures);
  }

  private static String key(Finding f) {
    return f.ruleId() + "|" + f.location() + "|" + f.subject();
  }

}
