package dev.cfscale.models.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cfscale.models.cache.CacheSimulator.KeySampling;
import org.junit.jupiter.api.Test;

/** The closed forms of {@link HitRatios}, by hand on small cases and against a seeded simulation on a grid. */
class CacheSimulatorTest {
  private static final long SEED = 20_261_201L;

  @Test
  void ttlOnMiss_oneKey_isLambdaTOverOnePlusLambdaT() {
    // one key at 1 request/s with a 1 s TTL: λT = 1, h = 1 / 2; at 4/s: λT = 4, h = 4 / 5
    ZipfPopularity one = new ZipfPopularity(1, 0);
    assertThat(HitRatios.ttlOnMiss(one, 1, 1)).isCloseTo(0.5, within(1e-12));
    assertThat(HitRatios.ttlOnMiss(one, 4, 1)).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void ttlOnMiss_twoUniformKeys_splitsTheRate() {
    // two keys, uniform, 2 requests/s, TTL 1 s: each key sees λ = 1, h = 1/2 for each
    assertThat(HitRatios.ttlOnMiss(new ZipfPopularity(2, 0), 2, 1)).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void ttlReset_oneKey_isOneMinusExpMinusLambdaT() {
    // λT = 1: 1 - e^-1 = 0.6321205588
    assertThat(HitRatios.ttlReset(new ZipfPopularity(1, 0), 1, 1)).isCloseTo(0.6321205588, within(1e-9));
  }

  @Test
  void zipf_probabilitiesFollowTheHarmonicNumber() {
    // N = 3, s = 1: H = 1 + 1/2 + 1/3 = 11/6, so p = 6/11, 3/11, 2/11
    ZipfPopularity z = new ZipfPopularity(3, 1);
    assertThat(z.probability(0)).isCloseTo(6.0 / 11, within(1e-12));
    assertThat(z.probability(1)).isCloseTo(3.0 / 11, within(1e-12));
    assertThat(z.probability(2)).isCloseTo(2.0 / 11, within(1e-12));
  }

  @Test
  void lru_cheApproximation_matchesTheReference() {
    // next-capabilities.md 4.1: N = 10,000, s = 0.9, LRU of 1,000 entries: Che 0.5565 (simulated 0.5564)
    assertThat(HitRatios.lru(new ZipfPopularity(10_000, 0.9), 200, 1_000)).isCloseTo(0.5565, within(5e-4));
  }

  @Test
  void simulation_agreesWithTheClosedForm_withinOnePercent_onAGridOfTtlsAndSkews() {
    ZipfPopularity[] skews = {new ZipfPopularity(1_000, 0.6), new ZipfPopularity(1_000, 0.9), new ZipfPopularity(1_000, 1.2)};
    double[] ttls = {1, 10, 60, 300};
    double rate = 50;
    for (ZipfPopularity z : skews) {
      for (double ttl : ttls) {
        for (String policy : CachePolicies.names()) {
          CachePolicy cache = CachePolicies.create(policy, z.keys(), ttl).orElseThrow();
          double simulated = CacheSimulator.run(z, rate, cache, 500_000, 2_000_000, SEED, KeySampling.ALIAS_TABLE).hitRatio();
          double formula = policy.equals("ttl-on-miss") ? HitRatios.ttlOnMiss(z, rate, ttl) : HitRatios.ttlReset(z, rate, ttl);
          assertThat(simulated).as("%s s=%s T=%s", policy, z.exponent(), ttl).isCloseTo(formula, within(0.01 * formula));
        }
      }
    }
  }

  @Test
  void bothZipfSamplers_drawTheSameDistribution() {
    // the alias table over p_i and commons-rng's rejection-inversion Zipf sampler give the same hit ratio
    ZipfPopularity z = new ZipfPopularity(1_000, 0.9);
    double alias = CacheSimulator.run(z, 50, CachePolicies.create("ttl-on-miss", 1_000, 10).orElseThrow(), 200_000, 1_000_000,
        SEED, KeySampling.ALIAS_TABLE).hitRatio();
    double rejection = CacheSimulator.run(z, 50, CachePolicies.create("ttl-on-miss", 1_000, 10).orElseThrow(), 200_000, 1_000_000,
        SEED, KeySampling.REJECTION_INVERSION).hitRatio();
    assertThat(rejection).isCloseTo(alias, within(0.01 * alias));
  }

  @Test
  void sameSeed_sameRun() {
    ZipfPopularity z = new ZipfPopularity(100, 1);
    var a = CacheSimulator.run(z, 10, CachePolicies.create("ttl-on-miss", 100, 5).orElseThrow(), 0, 10_000, 7, KeySampling.ALIAS_TABLE);
    var b = CacheSimulator.run(z, 10, CachePolicies.create("ttl-on-miss", 100, 5).orElseThrow(), 0, 10_000, 7, KeySampling.ALIAS_TABLE);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void handTrace_ttlOnMiss_hitsOnlyInsideTheTtlOfTheMiss() {
    // key 0 at t = 0 (miss, expires 10), 5 (hit), 9.9 (hit), 10 (miss, expires 20), 19 (hit)
    CachePolicy cache = CachePolicies.create("ttl-on-miss", 1, 10).orElseThrow();
    assertThat(new boolean[] {cache.access(0, 0), cache.access(0, 5), cache.access(0, 9.9), cache.access(0, 10), cache.access(0, 19)})
        .containsExactly(false, true, true, false, true);
    // reset: every access pushes the expiry back, so 0, 9, 18, 27 all hit after the first
    CachePolicy reset = CachePolicies.create("ttl-reset", 1, 10).orElseThrow();
    assertThat(new boolean[] {reset.access(0, 0), reset.access(0, 9), reset.access(0, 18), reset.access(0, 27)})
        .containsExactly(false, true, true, true);
  }
}
