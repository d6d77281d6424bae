package dev.cfscale.parse.config;

/**
 * A key the wrangler schema does not know (wrangler warns and ignores it), a key of an older wrangler with what
 * became of it ({@code effect}), or a value of the wrong type (wrangler refuses the config).
 */
public record SchemaIssue(Kind kind, String path, String key, Position position, String message, String suggestion, Effect effect) {

  /** Unknown keys are warnings in wrangler; wrong types are errors. */
  public enum Kind {
    UNKNOWN_KEY,
    /** A key of an older wrangler that the current one ignores, deprecates or rejects. */
    LEGACY_KEY,
    WRONG_TYPE
  }

  /** What a legacy key does now; {@link #UNKNOWN} for keys wrangler never knew. */
  public enum Effect {
    UNKNOWN,
    /** Ignored or deprecated: nothing is lost. */
    INERT,
    /** What the key configures is silently missing (bindings under a removed name). */
    LOST,
    /** Wrangler refuses the config. */
    REJECTED,
    /** Wrangler 4 refuses the config; wrangler 3 only warns. */
    REJECTED_FROM_4
  }

  public SchemaIssue(Kind kind, String path, String key, Position position, String message, String suggestion) {
    this(kind, path, key, position, message, suggestion, Effect.UNKNOWN);
  }
}
