package dev.cfscale.models.profile;

import dev.cfscale.findings.Location;
import java.math.BigDecimal;
import java.util.List;

/**
 * The load of one entry point per invocation, and how often it is invoked: {@code perProjectRequest}
 * invocations for each request to the project (a route's share of the traffic, or a queue consumer's
 * batches per request), plus {@code fixedPerDay} invocations a day that do not depend on traffic (crons).
 * {@code drivenBy} says in words what invokes it; {@code kind} is the entry's kind ({@code route}, {@code fetch},
 * {@code queue}, {@code scheduled}...).
 */
public record RouteProfile(
    String worker,
    String entry,
    String kind,
    boolean requestPath,
    Location location,
    UsedAssumption share,
    BigDecimal perProjectRequest,
    BigDecimal fixedPerDay,
    String drivenBy,
    List<ProfileLine> lines) {

  public RouteProfile {
    lines = List.copyOf(lines);
  }

  /** Expected count of {@code meter} per invocation of this entry. */
  public BigDecimal perInvocation(LoadMeter meter) {
    return lines.stream().filter(l -> l.meter() == meter).map(ProfileLine::expected).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Worst-case count of {@code meter} per invocation (every branch taken, every cache missed). */
  public BigDecimal worstPerInvocation(LoadMeter meter) {
    return lines.stream().filter(l -> l.meter() == meter).map(ProfileLine::worst).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** True for entries that incoming requests invoke directly (routes, handlers, Pages Functions). */
  public boolean isFrontDoor() {
    return requestPath && drivenBy.startsWith("requests");
  }
}
