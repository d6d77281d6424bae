package dev.cfscale.models.profile;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The project's load profile: every entry point with what one invocation uses and how often it runs
 * per project request, the workload assumptions the numbers rest on, and notes on what the model left out.
 * Immutable; each meter's use per project request and per day is summed once.
 */
public final class LoadProfile {
  private final List<RouteProfile> routes;
  private final List<UsedAssumption> assumptions;
  private final List<String> notes;
  private final Map<LoadMeter, BigDecimal> perRequest = new EnumMap<>(LoadMeter.class);
  private final Map<LoadMeter, BigDecimal> perDay = new EnumMap<>(LoadMeter.class);

  public LoadProfile(List<RouteProfile> routes, List<UsedAssumption> assumptions, List<String> notes) {
    this.routes = List.copyOf(routes);
    this.assumptions = List.copyOf(assumptions);
    this.notes = List.copyOf(notes);
    for (LoadMeter m : LoadMeter.values()) {
      BigDecimal request = BigDecimal.ZERO;
      BigDecimal day = BigDecimal.ZERO;
      for (RouteProfile r : this.routes) {
        BigDecimal use = r.perInvocation(m);
        if (use.signum() != 0) {
          request = request.add(r.perProjectRequest().multiply(use));
          day = day.add(r.fixedPerDay().multiply(use));
        }
      }
      perRequest.put(m, request);
      perDay.put(m, day);
    }
  }

  private LoadProfile(LoadProfile base, RouteProfile old, RouteProfile replacement) {
    this.routes = base.routes.stream().map(r -> r == old ? replacement : r).toList();
    this.assumptions = base.assumptions;
    this.notes = base.notes;
    for (LoadMeter m : LoadMeter.values()) {
      perRequest.put(m, base.perRequest.get(m).subtract(old.perProjectRequest().multiply(old.perInvocation(m)))
          .add(replacement.perProjectRequest().multiply(replacement.perInvocation(m))));
      perDay.put(m, base.perDay.get(m).subtract(old.fixedPerDay().multiply(old.perInvocation(m)))
          .add(replacement.fixedPerDay().multiply(replacement.perInvocation(m))));
    }
  }

  /** This profile with one entry replaced (a what-if), its sums updated rather than recomputed. */
  public LoadProfile replacing(RouteProfile old, RouteProfile replacement) {
    return new LoadProfile(this, old, replacement);
  }

  public List<RouteProfile> routes() {
    return routes;
  }

  public List<UsedAssumption> assumptions() {
    return assumptions;
  }

  public List<String> notes() {
    return notes;
  }

  /** Expected use of {@code meter} per request to the project, over every traffic-driven entry. */
  public BigDecimal perProjectRequest(LoadMeter meter) {
    return perRequest.get(meter);
  }

  /** Expected use of {@code meter} per day that does not depend on traffic (scheduled handlers). */
  public BigDecimal fixedPerDay(LoadMeter meter) {
    return perDay.get(meter);
  }
}
