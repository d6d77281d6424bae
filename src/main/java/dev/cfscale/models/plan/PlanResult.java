package dev.cfscale.models.plan;

import dev.cfscale.models.cache.CacheWhatIf;
import dev.cfscale.models.capacity.CapacityReport;
import dev.cfscale.models.profile.LoadProfile;
import dev.cfscale.models.profile.UsedAssumption;
import dev.cfscale.models.tiers.TierCost;
import java.util.List;

/** The whole plan of a project: load profile, cost per tier, capacity, the caching what-if, and every assumption they rest on. */
public record PlanResult(LoadProfile profile, List<TierCost> tiers, CapacityReport capacity, List<CacheWhatIf> caching,
    List<UsedAssumption> assumptions) {

  public PlanResult {
    tiers = List.copyOf(tiers);
    caching = List.copyOf(caching);
    assumptions = List.copyOf(assumptions);
  }
}
