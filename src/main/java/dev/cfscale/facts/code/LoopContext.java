package dev.cfscale.facts.code;

import dev.cfscale.findings.Location;
import java.util.Optional;

/**
 * Whether an operation runs repeatedly: directly inside a loop or array callback of its function, or
 * inside a project function that is itself called from a loop ({@code viaCall}).
 */
public record LoopContext(Kind kind, Optional<Location> loop, boolean parallel, boolean viaCall) {
  public static final LoopContext NONE = new LoopContext(Kind.NONE, Optional.empty(), false, false);

  /** The shape of the repetition. */
  public enum Kind {
    NONE,
    LOOP,
    ARRAY_CALLBACK
  }

  public boolean inLoop() {
    return kind != Kind.NONE;
  }
}
