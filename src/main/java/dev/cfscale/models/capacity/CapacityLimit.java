package dev.cfscale.models.capacity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One platform limit applied to one resource of the project: the limit from the facts file (value, unit,
 * key, source URL), what one project request uses of it ({@code usePerRequest}, in the limit's unit; for a
 * per-request limit, the worst entry's use per invocation), and where it breaks: the peak request rate to
 * the project ({@code breaksAtPeakRps}) and the daily traffic that means at the workload's peak factor.
 * {@code drivenBy} names the code that uses it ("written by POST /api/track").
 */
public record CapacityLimit(
    String name,
    String resource,
    LimitKind kind,
    BigDecimal limit,
    String limitUnit,
    String factKey,
    String source,
    BigDecimal usePerRequest,
    Optional<BigDecimal> breaksAtPeakRps,
    Optional<BigDecimal> breaksAtRequestsPerDay,
    String drivenBy) {

  /** For a per-request limit: true when the worst entry stays within it. Rate and daily limits always "pass" at zero traffic. */
  public boolean passes() {
    return !isPerInvocation() || usePerRequest.compareTo(limit) <= 0;
  }

  /** True for limits on one invocation (pass or fail at any traffic). */
  public boolean isPerInvocation() {
    return kind == LimitKind.PER_REQUEST || kind == LimitKind.FAN_OUT;
  }

  /** Limit over use: how many times the current use fits (per-request limits), or empty when nothing uses it. */
  public Optional<BigDecimal> perRequestHeadroom() {
    return usePerRequest.signum() == 0 ? Optional.empty()
        : Optional.of(limit.divide(usePerRequest, java.math.MathContext.DECIMAL64));
  }

  /** Headroom at a tier's peak request rate: breaking rate over the tier's peak rate (below 1 = broken). */
  public Optional<BigDecimal> headroomAt(BigDecimal peakRps) {
    if (isPerInvocation()) {
      return perRequestHeadroom();
    }
    return breaksAtPeakRps.filter(b -> peakRps.signum() > 0).map(b -> b.divide(peakRps, java.math.MathContext.DECIMAL64));
  }
}
