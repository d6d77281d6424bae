package dev.cfscale.facts.code;

/** The key or URL an operation was called with, classified by how much it varies. */
public record KeyArg(Shape shape, String text) {
  public static final KeyArg NONE = new KeyArg(Shape.NONE, "");

  /** How the key is built. */
  public enum Shape {
    /** A literal or a constant: every call uses the same key. */
    CONSTANT,
    /** A template with interpolations: varies with its inputs. */
    TEMPLATE,
    /** A template whose interpolations are only dates or times ({@code log:${today}}): one key per period. */
    LOW_CARDINALITY,
    /** Any other expression. */
    DYNAMIC,
    /** No argument. */
    NONE
  }

  /**
   * True when requests share this key: a constant, or one that changes only with the date or time (every
   * request in the period writes the same key). Per-key write limits apply to all of them at once.
   */
  public boolean sharedByRequests() {
    return shape == Shape.CONSTANT || shape == Shape.LOW_CARDINALITY;
  }

  /** How a shared key is described in messages: "constant" or "time-based". */
  public String sharedKind() {
    return shape == Shape.CONSTANT ? "constant" : "time-based";
  }
}
