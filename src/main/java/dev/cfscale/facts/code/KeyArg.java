package dev.cfscale.facts.code;

/**
 * The key or URL an operation was called with, classified by how much it varies. {@code uniquePerCall} is true when
 * the key embeds a value made fresh on every call (a random id, the current time in milliseconds), so every call
 * names a new key, unlike a key per entity ({@code prefs:${userId}}), which later calls overwrite.
 */
public record KeyArg(Shape shape, String text, boolean uniquePerCall) {
  public static final KeyArg NONE = new KeyArg(Shape.NONE, "");

  /** A key not known to be fresh on every call. */
  public KeyArg(Shape shape, String text) {
    this(shape, text, false);
  }

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

  /**
   * True when the text the key starts with names a cache or a session ({@code cache:${url}}, {@code session-${id}}):
   * entries that describe something temporary.
   */
  public boolean namesCacheOrSession() {
    String start = shape == Shape.TEMPLATE && text.startsWith("`") && text.contains("${") ? text.substring(1, text.indexOf("${")) : "";
    String lower = start.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("cache") || lower.contains("session");
  }

  /** How a shared key is described in messages: "constant" or "time-based". */
  public String sharedKind() {
    return shape == Shape.CONSTANT ? "constant" : "time-based";
  }
}
