package dev.cfscale.rules;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.findings.Finding;
import java.util.stream.Stream;

/** One check over the project's facts. A rule that finds nothing returns an empty stream. */
public interface Rule {

  /** Every finding this rule makes on {@code facts}. */
  Stream<Finding> check(ProjectFacts facts, RuleContext context);

  /** The rule's metadata, read from its {@link RuleInfo} annotation. */
  default RuleInfo info() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
    }
    return info;
  }
}
