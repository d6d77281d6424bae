package dev.cfscale.models.profile;

import java.math.BigDecimal;
import java.util.List;

/**
 * The project's load profile: every entry point with what one invocation uses and how often it runs
 * per project request, the workload assumptions the numbers rest on, and notes on what the model left out.
 */
public record LoadProfile(List<RouteProfile> routes, List<UsedAssumption> assumptions, List<String> notes) {

  public LoadProfile {
    routes = List.copyOf(routes);
    assumptions = List.copyOf(assumptions);
    notes = List.copyOf(notes);
  }

  /** Expected use of {@code meter} per request to the project, over every traffic-driven entry. */
  public BigDecimal perProjectRequest(LoadMeter meter) {
    return routes.stream().map(r -> r.perProjectRequest().multiply(r.perInvocation(meter))).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Expected use of {@code meter} per day that does not depend on traffic (scheduled handlers). */
  public BigDecimal fixedPerDay(LoadMeter meter) {
    return routes.stream().map(r -> r.fixedPerDay().multiply(r.perInvocation(meter))).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
