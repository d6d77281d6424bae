package dev.cfscale.facts.code;

import dev.cfscale.findings.Location;
import java.util.Locale;

/** A way into the Worker's code: a handler, a route (with method and path), a Durable Object method. */
public record EntryPoint(EntryKind kind, String name, Location location) {
  /**
   * A request-path entry that is not an administrative route (admin, internal, seed, migrate...) and not
   * written in test code (a test harness Worker sees no user traffic).
   */
  public boolean isHotRequestPath() {
    return kind.isRequestPath() && !AdminPaths.inRouteName(name) && !TestPaths.isTest(location.file());
  }

  @Override
  public String toString() {
    String label = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    // a module handler is named after its kind: "fetch", not "fetch fetch"
    return label.equals(name) ? label + " handler" : label + " " + name;
  }
}
