package dev.cfscale.render;

import dev.cfscale.findings.Problem;
import dev.cfscale.models.capacity.CapacityReport;
import dev.cfscale.models.cache.CacheWhatIf;
import dev.cfscale.models.plan.PlanResult;
import dev.cfscale.models.profile.LoadProfile;
import dev.cfscale.models.tiers.TierCost;
import java.util.List;

/**
 * What {@code cfscale plan} prints: the load profile, the cost per tier, the capacity table and the
 * caching what-if, with the facts version the numbers come from. {@code profileOnly} prints the profile alone.
 */
public record PlanReport(
    String toolVersion,
    String factsVersion,
    String factsAsOf,
    String plan,
    PlanResult result,
    List<Problem> problems,
    boolean profileOnly) {

  public PlanReport {
    problems = List.copyOf(problems);
  }

  public LoadProfile profile() {
    return result.profile();
  }

  public List<TierCost> tiers() {
    return result.tiers();
  }

  public CapacityReport capacity() {
    return result.capacity();
  }

  public List<CacheWhatIf> caching() {
    return result.caching();
  }
}
