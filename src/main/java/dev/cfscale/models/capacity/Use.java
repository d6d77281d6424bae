package dev.cfscale.models.capacity;

import dev.cfscale.models.profile.LoadMeter;
import dev.cfscale.models.profile.LoadProfile;
import dev.cfscale.models.profile.ProfileLine;
import dev.cfscale.models.profile.RouteProfile;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How much one resource (a KV key, a database, a queue) is used per project request and per day by
 * scheduled work, and by which entry points: the sum over the profile's lines that go to it.
 */
final class Use {
  private BigDecimal perRequest = BigDecimal.ZERO;
  private BigDecimal fixedPerDay = BigDecimal.ZERO;
  private final Set<String> entries = new LinkedHashSet<>();

  BigDecimal perRequest() {
    return perRequest;
  }

  BigDecimal fixedPerDay() {
    return fixedPerDay;
  }

  /** "POST /api/track" or "GET /a, GET /b and 3 more". */
  String entries() {
    List<String> names = List.copyOf(entries);
    if (names.size() <= 3) {
      return names.size() <= 1 ? String.join("", names)
          : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
    return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
  }

  private void add(RouteProfile r, BigDecimal perInvocation) {
    perRequest = perRequest.add(r.perProjectRequest().multiply(perInvocation));
    fixedPerDay = fixedPerDay.add(r.fixedPerDay().multiply(perInvocation));
    if (perInvocation.signum() > 0 && (r.perProjectRequest().signum() > 0 || r.fixedPerDay().signum() > 0)) {
      entries.add(r.entry());
    }
  }

  /** The use of every resource {@code group} names among the lines of {@code meter} that {@code which} accepts. */
  static Map<String, Use> byResource(LoadProfile profile, LoadMeter meter, Predicate<ProfileLine> which,
      Function<ProfileLine, String> group) {
    Map<String, Use> out = new LinkedHashMap<>();
    for (RouteProfile r : profile.routes()) {
      for (ProfileLine l : r.lines()) {
        if (l.meter() == meter && which.test(l)) {
          out.computeIfAbsent(group.apply(l), k -> new Use()).add(r, l.expected());
        }
      }
    }
    out.values().removeIf(u -> u.perRequest.signum() == 0 && u.fixedPerDay.signum() == 0);
    return out;
  }

  /** The use of a per-invocation quantity (neurons, ops) computed per entry by {@code perInvocation}. */
  static Use of(LoadProfile profile, Function<RouteProfile, BigDecimal> perInvocation) {
    Use u = new Use();
    profile.routes().forEach(r -> u.add(r, perInvocation.apply(r)));
    return u;
  }
}
