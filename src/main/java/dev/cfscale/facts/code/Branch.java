package dev.cfscale.facts.code;

/**
 * One conditional decision an operation's run depends on within its function: the construct (by its start offset in the
 * file) and the arm taken. {@code enclosing} when the operation sits in that arm; otherwise it sits after an {@code if}
 * whose other arm always leaves ({@code if (!row) { ...; return; }}), so it runs only on this arm. Two operations can
 * both run in one call only when the decisions of one are a prefix of those of the other ({@link OperationSite#canRunWith}).
 */
public record Branch(Construct construct, int start, String arm, boolean enclosing) {

  /** The kinds of conditional code. */
  public enum Construct {
    /** {@code if (...) {...} else {...}}: arm "then" or "else". */
    IF,
    /** A {@code case} of a {@code switch} (the switch's offset): arm is the case's own start offset. */
    SWITCH_CASE,
    /** {@code test ? a : b}: arm "then" or "else". */
    CONDITIONAL
  }

  /** The same arm of the same construct, whether inside it or after it ({@code if (a) return; q1} and {@code else { q2 }}). */
  public boolean sameArm(Branch other) {
    return construct == other.construct && start == other.start && arm.equals(other.arm);
  }
}
