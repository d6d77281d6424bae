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

  /** A path segment naming a hook ({@code /webhook}, {@code /telegram/:token/safehook}, {@code /hooks/github}). */
  private static final java.util.regex.Pattern HOOK_SEGMENT = java.util.regex.Pattern.compile("(^|/)\\w*hooks?(/|$)",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * A route a machine calls with events (a webhook receiver): its caller is a sender that waits only for the status,
   * not a person waiting on the answer.
   */
  public boolean isWebhookReceiver() {
    if (kind != EntryKind.ROUTE) {
      return false;
    }
    String path = name.contains(" ") ? name.substring(name.indexOf(' ') + 1) : name;
    return HOOK_SEGMENT.matcher(path).find();
  }

  /** A route that answers reads ({@code GET /apps/:id}): a write it makes happens once per page view, not per user action. */
  public boolean servesReads() {
    return kind == EntryKind.ROUTE && name.startsWith("GET ");
  }

  @Override
  public String toString() {
    String label = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    // a module handler is named after its kind: "fetch", not "fetch fetch"
    return label.equals(name) ? label + " handler" : label + " " + name;
  }
}
