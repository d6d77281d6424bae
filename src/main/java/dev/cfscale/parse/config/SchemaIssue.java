package dev.cfscale.parse.config;

/**
 * A key the wrangler schema does not know (wrangler warns and ignores it) or a value of the wrong
 * type (wrangler refuses the config).
 */
public record SchemaIssue(Kind kind, String path, String key, Position position, String message, String suggestion) {

  /** Unknown keys are warnings in wrangler; wrong types are errors. */
  public enum Kind {
    UNKNOWN_KEY,
    /** A key of an older wrangler that the current one ignores, deprecates or rejects. */
    LEGACY_KEY,
    WRONG_TYPE
  }
}
