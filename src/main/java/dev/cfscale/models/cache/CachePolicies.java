package dev.cfscale.models.cache;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The cache policies the simulator knows, by name (an explicit registry). Each keeps one {@code double}
 * expiry per key: no maps, so a run does millions of requests a second.
 */
public final class CachePolicies {
  private record Named(String name, BiFunction<Integer, Double, CachePolicy> create) {}

  private static final List<Named> ALL = List.of(
      new Named("ttl-on-miss", TtlOnMiss::new),
      new Named("ttl-reset", TtlReset::new));

  private CachePolicies() {}

  /** A new policy for {@code keys} keys and a TTL of {@code ttlSeconds}, or empty for an unknown name. */
  public static Optional<CachePolicy> create(String name, int keys, double ttlSeconds) {
    return ALL.stream().filter(n -> n.name().equals(name)).findFirst().map(n -> n.create().apply(keys, ttlSeconds));
  }

  public static List<String> names() {
    return ALL.stream().map(Named::name).toList();
  }

  /** Expiry set when a miss fills the entry; hits do not extend it (KV {@code expirationTtl}, Cache API max-age). */
  static final class TtlOnMiss implements CachePolicy {
    private final double[] expiry;
    private final double ttl;

    TtlOnMiss(int keys, double ttlSeconds) {
      this.expiry = new double[keys];
      this.ttl = ttlSeconds;
      java.util.Arrays.fill(expiry, Double.NEGATIVE_INFINITY);
    }

    @Override
    public boolean access(int key, double now) {
      if (now < expiry[key]) {
        return true;
      }
      expiry[key] = now + ttl;
      return false;
    }
  }

  /** Expiry pushed back by every request (idle timeout). */
  static final class TtlReset implements CachePolicy {
    private final double[] expiry;
    private final double ttl;

    TtlReset(int keys, double ttlSeconds) {
      this.expiry = new double[keys];
      this.ttl = ttlSeconds;
      java.util.Arrays.fill(expiry, Double.NEGATIVE_INFINITY);
    }

    @Override
    public boolean access(int key, double now) {
      boolean hit = now < expiry[key];
      expiry[key] = now + ttl;
      return hit;
    }
  }
}
