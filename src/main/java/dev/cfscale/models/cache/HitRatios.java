package dev.cfscale.models.cache;

/**
 * Closed-form hit ratios for independent (Poisson) requests per key, summed over a popularity
 * (next-capabilities.md section 4.1):
 * <ul>
 *   <li>TTL set on a miss (non-reset; a KV cache-aside written with {@code expirationTtl}, a Cache API
 *       entry with max-age): a cycle is one miss and the hits within T, so {@code h = λT / (1 + λT)}
 *       (Jung, Berger, Balakrishnan, "Modeling TTL-based Internet caches", INFOCOM 2003);</li>
 *   <li>TTL reset on every request: {@code h = 1 - e^{-λT}} (Fofack, Nain, Neglia, Towsley, ValueTools 2012);</li>
 *   <li>LRU of capacity C (Che's approximation): find {@code T_C} with {@code Σ(1 - e^{-λ_i T_C}) = C},
 *       then the reset-TTL formula with {@code T_C} (Fricker, Robert, Roberts, ITC 24, 2012).</li>
 * </ul>
 * The aggregate is {@code Σ p_i h(λ p_i)} for a total rate λ.
 */
public final class HitRatios {
  private static final int BISECTION_STEPS = 64;

  private HitRatios() {}

  /** Hit ratio of a TTL cache whose expiry is set on a miss, at {@code ratePerSecond} over the popularity. */
  public static double ttlOnMiss(ZipfPopularity popularity, double ratePerSecond, double ttlSeconds) {
    double hits = 0;
    for (int i = 0; i < popularity.keys(); i++) {
      double p = popularity.probability(i);
      double x = ratePerSecond * p * ttlSeconds;
      hits += p * x / (1 + x);
    }
    return hits;
  }

  /** Hit ratio of a TTL cache whose expiry is reset by every request. */
  public static double ttlReset(ZipfPopularity popularity, double ratePerSecond, double ttlSeconds) {
    double hits = 0;
    for (int i = 0; i < popularity.keys(); i++) {
      double p = popularity.probability(i);
      hits += p * -Math.expm1(-ratePerSecond * p * ttlSeconds);
    }
    return hits;
  }

  /** Hit ratio of an LRU cache holding {@code capacity} entries (Che's approximation). */
  public static double lru(ZipfPopularity popularity, double ratePerSecond, int capacity) {
    if (capacity >= popularity.keys()) {
      return 1;
    }
    double low = 0;
    double high = 1;
    while (occupancy(popularity, ratePerSecond, high) < capacity) {
      high *= 2;
    }
    for (int step = 0; step < BISECTION_STEPS; step++) {
      double mid = (low + high) / 2;
      if (occupancy(popularity, ratePerSecond, mid) < capacity) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return ttlReset(popularity, ratePerSecond, (low + high) / 2);
  }

  /** Expected entries of a reset-TTL cache with TTL {@code t}: Σ (1 - e^{-λ_i t}). */
  private static double occupancy(ZipfPopularity popularity, double ratePerSecond, double t) {
    double entries = 0;
    for (int i = 0; i < popularity.keys(); i++) {
      entries += -Math.expm1(-ratePerSecond * popularity.probability(i) * t);
    }
    return entries;
  }
}
