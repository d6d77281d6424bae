package dev.cfscale.discover;

import java.nio.file.Path;

/**
 * A Worker with no wrangler config in its folder: a Pages project whose bindings are set in the dashboard
 * (a {@code functions/} folder of Pages Functions), or a single script pasted into the dashboard (a
 * {@code fetch} handler with no config). Audited with bindings unknown unless the project's scripts name them.
 */
public record ConfiglessWorker(Path dir, Kind kind, Path entry) {

  /** How the Worker is deployed without a config. */
  public enum Kind {
    /** Pages Functions under {@code functions/}; {@code entry} is that folder. */
    PAGES_FUNCTIONS,
    /** One script with a {@code fetch} handler; {@code entry} is the script. */
    SCRIPT
  }
}
