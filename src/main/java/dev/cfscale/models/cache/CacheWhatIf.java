package dev.cfscale.models.cache;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The caching what-if for one read path: a cache with {@code ttlSeconds} in front of the reads of
 * {@code route}, the hit ratio at each tier from the closed form, and what it does to the D1 rows read,
 * the monthly cost and the limit the route's reads bind first ({@code boundLimit}, the project's first break
 * when {@code boundLimitIsFirst}): its breaking peak rate before and after.
 */
public record CacheWhatIf(
    String route,
    String reads,
    BigDecimal ttlSeconds,
    long keys,
    BigDecimal zipfExponent,
    List<TierEffect> tiers,
    Optional<String> boundLimit,
    boolean boundLimitIsFirst,
    Optional<BigDecimal> breakBeforeRps,
    Optional<BigDecimal> breakAfterRps,
    String summary) {

  public CacheWhatIf {
    tiers = List.copyOf(tiers);
  }

  /**
   * At one tier: the route's request rate, the hit ratio, D1 rows read per month without and with the
   * cache, and the monthly cost without and with it (all products).
   */
  public record TierEffect(long requestsPerDay, BigDecimal routeRequestsPerSecond, BigDecimal hitRatio, BigDecimal d1RowsReadBefore,
      BigDecimal d1RowsReadAfter, BigDecimal monthlyUsdBefore, BigDecimal monthlyUsdAfter) {}
}
