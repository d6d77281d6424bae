package dev.cfscale.facts.code;

import dev.cfscale.findings.Location;
import java.util.Optional;

/**
 * Where an operation sits relative to error handling: in the {@code try} block of a try statement (or
 * in a promise chain that ends in {@code .catch(...)}), in its {@code catch} clause, in its
 * {@code finally}, or outside any; and whether a caller invokes its function from inside a try
 * ({@code callerCatches}), so a throw here is caught further up.
 *
 * @param part the innermost enclosing part within the operation's own function
 * @param tryAt the try statement (or {@code .catch} call) that part belongs to
 * @param callerCatches some call site on the way from an entry point sits in a try block
 */
public record ErrorScope(Part part, Optional<Location> tryAt, boolean callerCatches) {

  /** Outside any try statement, and no caller catches. */
  public static final ErrorScope NONE = new ErrorScope(Part.NONE, Optional.empty(), false);

  /** The parts of a try statement. */
  public enum Part {
    NONE,
    TRY,
    CATCH,
    FINALLY
  }

  /** True when a throw from this operation is caught (here or by a caller) instead of leaving the entry point. */
  public boolean caught() {
    return part == Part.TRY || callerCatches;
  }

  /** The same scope, marked as reached from a call site inside a try block. */
  public ErrorScope withCallerCatches() {
    return new ErrorScope(part, tryAt, true);
  }
}
