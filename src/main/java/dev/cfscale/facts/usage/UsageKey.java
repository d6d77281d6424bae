package dev.cfscale.facts.usage;

/**
 * One quantity a usage file may give for a product. {@link Kind} says how it behaves when traffic is
 * scaled to a tier: monthly counts and stored amounts scale with traffic, per-request attributes do not.
 */
public record UsageKey(String product, String name, Kind kind, String description) {

  /** How a key reacts to scaling traffic. */
  public enum Kind {
    /** A count per month (requests, rows, operations): scales with traffic. */
    MONTHLY,
    /** An amount stored (GB, vectors): scales with traffic, an assumption the report states. */
    STORED,
    /** A per-request or per-item attribute (CPU ms per request, message size): does not scale. */
    ATTRIBUTE
  }

  public boolean scales() {
    return kind != Kind.ATTRIBUTE;
  }
}
