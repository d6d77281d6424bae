package dev.cfscale.facts.config;

import dev.cfscale.findings.Location;
import java.util.Optional;

/**
 * A config key wrangler's schema does not know. For a key wrangler never knew ({@link Effect#UNKNOWN}) wrangler
 * warns and ignores it; a key of an older wrangler (Wrangler 1's {@code type}, {@code usage_model},
 * {@code node_compat}) has its own {@link Effect}.
 */
public record UnknownKey(String path, String key, Location location, String message, Optional<String> suggestion, Effect effect) {

  /** What the key does now. */
  public enum Effect {
    /** Never a wrangler key: a typo or a misplaced key, ignored. */
    UNKNOWN,
    /** A legacy key that is ignored or deprecated: nothing is lost (hygiene). */
    INERT,
    /** A legacy key under which configured bindings are silently missing. */
    LOST,
    /** A legacy key that makes wrangler refuse the config. */
    REJECTED,
    /** A legacy key wrangler 4 refuses (wrangler 3 only warns). */
    REJECTED_FROM_WRANGLER_4
  }

  /** True for keys of an older wrangler rather than typos. */
  public boolean legacy() {
    return effect != Effect.UNKNOWN;
  }
}
