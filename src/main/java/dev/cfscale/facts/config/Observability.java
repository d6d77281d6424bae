package dev.cfscale.facts.config;

import dev.cfscale.findings.Location;
import java.util.Optional;

/** The {@code observability} block as the environment sees it (replaced, never merged). */
public record Observability(
    Optional<Boolean> enabled, Optional<Boolean> logsEnabled, Optional<Boolean> tracesEnabled, Location location) {

  /** True when any of logs, traces or the master switch is on. */
  public boolean collectsAnything() {
    return enabled.orElse(false) || logsEnabled.orElse(false) || tracesEnabled.orElse(false);
  }
}
