package dev.cfscale.facts.code;

/**
 * One conditional branch enclosing an operation within its function: the construct (by its start
 * offset in the file) and the arm taken. Two operations can both run in one call only when the branches
 * around one are a prefix of those around the other ({@link OperationSite#canRunWith}).
 */
public record Branch(Construct construct, int start, String arm) {

  /** The kinds of conditional code. */
  public enum Construct {
    /** {@code if (...) {...} else {...}}: arm "then" or "else". */
    IF,
    /** A {@code case} of a {@code switch} (the switch's offset): arm is the case's own start offset. */
    SWITCH_CASE,
    /** {@code test ? a : b}: arm "then" or "else". */
    CONDITIONAL
  }
}
