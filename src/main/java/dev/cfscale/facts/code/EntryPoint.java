package dev.cfscale.facts.code;

import dev.cfscale.findings.Location;
import java.util.Locale;
import java.util.regex.Pattern;

/** A way into the Worker's code: a handler, a route (with method and path), a Durable Object method. */
public record EntryPoint(EntryKind kind, String name, Location location) {
  private static final Pattern ADMIN_PATH = Pattern.compile("(^|/)(admin|internal|cron|setup|seed|migrat\\w*|backfill)(/|$|\\W)");

  /** A request-path entry that is not an administrative route (admin, internal, seed, migrate...). */
  public boolean isHotRequestPath() {
    return kind.isRequestPath() && !ADMIN_PATH.matcher(name.toLowerCase(Locale.ROOT)).find();
  }

  @Override
  public String toString() {
    String label = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    // a module handler is named after its kind: "fetch", not "fetch fetch"
    return label.equals(name) ? label + " handler" : label + " " + name;
  }
}
