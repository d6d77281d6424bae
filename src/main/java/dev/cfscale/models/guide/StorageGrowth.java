package dev.cfscale.models.guide;

import dev.cfscale.findings.Finding;
import dev.cfscale.models.capacity.Numbers;
import dev.cfscale.models.cost.Month;
import dev.cfscale.models.plan.PlanResult;
import dev.cfscale.models.profile.RouteProfile;
import dev.cfscale.models.tiers.TierCost;
import dev.cfscale.models.tiers.TierUsage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How fast the keys or rows of a storage-growth finding pile up at each traffic tier of the plan: the rule says
 * what one call leaves behind ({@code grows by} evidence: "key", "row"); the plan says how often the entry points
 * the finding is reached from run at each tier. Rules cannot read the plan (the layering keeps them on facts),
 * so the figure per tier is joined here, where the guide has both.
 */
final class StorageGrowth {
  static final String EVIDENCE = "grows by";

  private StorageGrowth() {}

  /** "about 300K new rows a month at 10K req/day, ..." for a finding that grows storage; empty otherwise or with no route figure. */
  static Optional<String> perTier(Finding f, PlanResult plan) {
    String unit = f.evidence().get(EVIDENCE);
    if (unit == null) {
      return Optional.empty();
    }
    Set<String> entries = Arrays.stream(f.evidence().getOrDefault("reached from", "").split(", ")).filter(e -> !e.isBlank())
        .collect(Collectors.toSet());
    List<RouteProfile> routes = plan.profile().routes().stream().filter(r -> r.worker().equals(f.worker()))
        .filter(r -> entries.contains(r.entry()) || entries.contains(r.kind().replace('_', ' ') + " " + r.entry())).toList();
    if (routes.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (TierCost tier : plan.tiers()) {
      BigDecimal perDay = BigDecimal.valueOf(tier.requestsPerDay());
      BigDecimal monthly = Month.monthlyFromDaily(routes.stream().map(r -> TierUsage.invocations(r, perDay))
          .reduce(BigDecimal.ZERO, BigDecimal::add));
      if (monthly.signum() > 0) {
        String what = parts.isEmpty() ? " new " + unit + "s a month" : "";
        parts.add(Numbers.count(monthly) + what + " at " + Numbers.count(perDay) + " req/day");
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of("adds about " + String.join(", ", parts));
  }
}
