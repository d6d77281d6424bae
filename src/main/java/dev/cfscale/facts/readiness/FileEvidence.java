package dev.cfscale.facts.readiness;

import dev.cfscale.findings.Location;

/** One place in the repository that shows a readiness signal, and what it shows ({@code wrangler deploy --env production}). */
public record FileEvidence(Location location, String what) {

  @Override
  public String toString() {
    return location.file() + (location.line() > 1 ? ":" + location.line() : "") + " (" + what + ")";
  }
}
