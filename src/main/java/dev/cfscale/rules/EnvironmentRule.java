package dev.cfscale.rules;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import dev.cfscale.findings.Finding;
import java.util.stream.Stream;

/** A rule that looks at one Worker environment at a time. */
public interface EnvironmentRule extends Rule {

  Stream<Finding> check(WorkerEnvironment environment, RuleContext context);

  /** Whether the rule applies to this kind of config; by default everything but Pages. */
  default boolean appliesTo(WorkerKind kind) {
    return kind != WorkerKind.PAGES;
  }

  @Override
  default Stream<Finding> check(ProjectFacts facts, RuleContext context) {
    return facts.environments().filter(env -> appliesTo(env.kind())).flatMap(env -> check(env, context));
  }
}
