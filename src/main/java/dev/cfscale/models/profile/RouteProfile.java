package dev.cfscale.models.profile;

import dev.cfscale.findings.Location;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The load of one entry point per invocation, and how often it is invoked: {@code perProjectRequest}
 * invocations for each request to the project (a route's share of the traffic, or a queue consumer's
 * batches per request), plus {@code fixedPerDay} invocations a day that do not depend on traffic (crons).
 * {@code drivenBy} says in words what invokes it; {@code kind} is the entry's kind ({@code route},
 * {@code fetch}, {@code queue}, {@code scheduled}...). Immutable; the per-meter sums of its lines are kept,
 * since every layer above asks for them per tier.
 */
public final class RouteProfile {
  private final String worker;
  private final String entry;
  private final String kind;
  private final boolean requestPath;
  private final Location location;
  private final UsedAssumption share;
  private final BigDecimal perProjectRequest;
  private final BigDecimal fixedPerDay;
  private final String drivenBy;
  private final List<ProfileLine> lines;
  private final Map<LoadMeter, BigDecimal> expected = new EnumMap<>(LoadMeter.class);
  private final Map<LoadMeter, BigDecimal> worst = new EnumMap<>(LoadMeter.class);

  /** A profile; {@code lines} are what one invocation uses. */
  public RouteProfile(String worker, String entry, String kind, boolean requestPath, Location location, UsedAssumption share,
      BigDecimal perProjectRequest, BigDecimal fixedPerDay, String drivenBy, List<ProfileLine> lines) {
    this.worker = worker;
    this.entry = entry;
    this.kind = kind;
    this.requestPath = requestPath;
    this.location = location;
    this.share = share;
    this.perProjectRequest = perProjectRequest;
    this.fixedPerDay = fixedPerDay;
    this.drivenBy = drivenBy;
    this.lines = List.copyOf(lines);
    for (ProfileLine l : this.lines) {
      expected.merge(l.meter(), l.expected(), BigDecimal::add);
      worst.merge(l.meter(), l.worst(), BigDecimal::add);
    }
  }

  /** The same entry with other lines (a what-if). */
  public RouteProfile withLines(List<ProfileLine> newLines) {
    return new RouteProfile(worker, entry, kind, requestPath, location, share, perProjectRequest, fixedPerDay, drivenBy, newLines);
  }

  public String worker() {
    return worker;
  }

  public String entry() {
    return entry;
  }

  public String kind() {
    return kind;
  }

  public boolean requestPath() {
    return requestPath;
  }

  public Location location() {
    return location;
  }

  public UsedAssumption share() {
    return share;
  }

  public BigDecimal perProjectRequest() {
    return perProjectRequest;
  }

  public BigDecimal fixedPerDay() {
    return fixedPerDay;
  }

  public String drivenBy() {
    return drivenBy;
  }

  public List<ProfileLine> lines() {
    return lines;
  }

  /** Expected count of {@code meter} per invocation of this entry. */
  public BigDecimal perInvocation(LoadMeter meter) {
    return expected.getOrDefault(meter, BigDecimal.ZERO);
  }

  /** Worst-case count of {@code meter} per invocation (every branch taken, every cache missed). */
  public BigDecimal worstPerInvocation(LoadMeter meter) {
    return worst.getOrDefault(meter, BigDecimal.ZERO);
  }

  /**
   * True for entries that incoming requests invoke directly (routes, fetch handlers, Pages Functions): the
   * profile holds no other request-path entry (Durable Object methods count inside their callers).
   */
  public boolean isFrontDoor() {
    return requestPath;
  }

  @Override
  public String toString() {
    return entry + " (" + worker + ")";
  }
}
