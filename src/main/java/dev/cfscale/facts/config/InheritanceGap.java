package dev.cfscale.facts.config;

import dev.cfscale.findings.Location;
import java.util.List;

/**
 * What a named environment loses because bindings and vars are not inherited: either the whole key
 * ({@code keyMissing}, and {@code names} are every top-level name under it) or only some names that
 * the environment's own list leaves out.
 */
public record InheritanceGap(String key, List<String> names, boolean keyMissing, Location topLevelLocation,
    Location environmentLocation) {

  public InheritanceGap {
    names = List.copyOf(names);
  }
}
