package dev.cfscale.models.guide;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.readiness.RepositorySignals;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.SuppressedFinding;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.plan.PlanResult;
import dev.cfscale.models.tiers.TierCost;
import java.util.List;
import java.util.Map;

/**
 * What the guide is written from: the project as read, the audit's findings (after settings and baseline) and
 * those inline comments suppressed, the plan on the chosen billing plan, the same tiers priced on the Free plan
 * (for its outages), what the repository around the Workers shows, and each rule's one-line summary.
 */
public record GuideInputs(String projectName, ProjectFacts project, List<Finding> findings, List<SuppressedFinding> suppressed,
    PlanResult plan, Plan billingPlan, List<TierCost> freeTiers, RepositorySignals repository, Map<String, String> ruleSummaries) {

  public GuideInputs {
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    freeTiers = List.copyOf(freeTiers);
    ruleSummaries = Map.copyOf(ruleSummaries);
  }

  /** The rule's summary, or its id when unknown. */
  public String summary(String ruleId) {
    return ruleSummaries.getOrDefault(ruleId, ruleId);
  }
}
