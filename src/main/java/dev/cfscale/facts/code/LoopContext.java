package dev.cfscale.facts.code;

import dev.cfscale.findings.Location;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an operation runs repeatedly: directly inside a loop or array callback of its function, or
 * inside a project function that is itself called from a loop ({@code viaCall}). For a loop in a caller,
 * {@code entries} are the entry points that reach the loop (the called function may be reached from others too,
 * outside any loop); {@code overObjectState} says the loop walks a collection the enclosing object keeps in one of
 * its own fields ({@code for (const x of [...this.pending])}), or a copy or filter of it; {@code overPersonalList} says it
 * walks a list named for what one person has a handful of (their {@code accounts}, {@code organizations}, {@code workspaces});
 * {@code adminOnly} says a caller's loop runs only for administrators (it sits behind an admin check or an administrative
 * path, or in a function only such code calls): an operator's bulk import calling the helper a public form calls once.
 */
public record LoopContext(Kind kind, Optional<Location> loop, boolean parallel, boolean viaCall, Set<EntryPoint> entries,
    boolean overObjectState, boolean overPersonalList, boolean adminOnly) {
  public static final LoopContext NONE = new LoopContext(Kind.NONE, Optional.empty(), false, false);

  public LoopContext {
    entries = Set.copyOf(entries);
  }

  /** A loop whose entries are those of the operation itself, over a collection the code does not tie to an object. */
  public LoopContext(Kind kind, Optional<Location> loop, boolean parallel, boolean viaCall) {
    this(kind, loop, parallel, viaCall, Set.of(), false, false, false);
  }

  /** The shape of the repetition. */
  public enum Kind {
    NONE,
    LOOP,
    ARRAY_CALLBACK
  }

  public boolean inLoop() {
    return kind != Kind.NONE;
  }

  /** This loop, run from a call in a caller's loop that {@code callers} reach and, when {@code adminOnly}, only administrators run. */
  public LoopContext calledFrom(Set<EntryPoint> callers, boolean adminOnly) {
    return new LoopContext(kind, loop, parallel, true, callers, overObjectState, overPersonalList, adminOnly);
  }

  /** This loop, marked as walking a collection the enclosing object keeps. */
  public LoopContext withObjectState() {
    return new LoopContext(kind, loop, parallel, viaCall, entries, true, overPersonalList, adminOnly);
  }

  /** This loop, marked as walking a list one person has a handful of ({@link #overPersonalList}). */
  public LoopContext withPersonalList() {
    return new LoopContext(kind, loop, parallel, viaCall, entries, overObjectState, true, adminOnly);
  }
}
