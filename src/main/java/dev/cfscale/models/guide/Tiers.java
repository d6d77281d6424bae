package dev.cfscale.models.guide;

import dev.cfscale.models.capacity.CapacityLimit;
import dev.cfscale.models.capacity.LimitKind;
import dev.cfscale.models.capacity.Numbers;
import dev.cfscale.models.tiers.TierCost;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Where a capacity limit stands at the plan's traffic tiers: exceeded or not, and the first tier that exceeds it. */
final class Tiers {
  private Tiers() {}

  /**
   * True when {@code limit} fails at a peak of {@code peakRps}: a per-request limit that fails at any traffic, or a
   * rate or daily limit whose headroom is below x1. A fan-out limit only makes calls wait, so it never breaks.
   */
  static boolean broken(CapacityLimit limit, BigDecimal peakRps) {
    if (limit.kind() == LimitKind.FAN_OUT) {
      return false;
    }
    if (limit.isPerInvocation()) {
      return !limit.passes();
    }
    return limit.headroomAt(peakRps).map(h -> h.compareTo(BigDecimal.ONE) < 0).orElse(false);
  }

  /** The requests per day of the first tier at which one of {@code limits} is broken. */
  static Optional<Long> firstBroken(List<TierCost> tiers, List<CapacityLimit> limits) {
    return tiers.stream().filter(t -> limits.stream().anyMatch(l -> broken(l, t.peakRequestsPerSecond())))
        .map(TierCost::requestsPerDay).findFirst();
  }

  /** 10K, 1M: a tier as the report names it. */
  static String label(long requestsPerDay) {
    return Numbers.count(BigDecimal.valueOf(requestsPerDay));
  }
}
