package dev.cfscale.models.cache;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A seeded simulation of a cache under Zipf-distributed keys and Poisson arrivals (exponential gaps at
 * {@code ratePerSecond}), to check the closed forms of {@link HitRatios}. The seed makes every run
 * repeatable. Keys come from commons-rng: an alias table over the Zipf probabilities (constant time per
 * key) or the rejection-inversion Zipf sampler (no table, slower); both draw the same distribution.
 */
public final class CacheSimulator {
  /** How keys are drawn. */
  public enum KeySampling {
    ALIAS_TABLE,
    REJECTION_INVERSION
  }

  /** A run's counts after warm-up, and its seed. */
  public record Result(long requests, long hits, long seed) {
    public double hitRatio() {
      return requests == 0 ? 0 : (double) hits / requests;
    }
  }

  private CacheSimulator() {}

  /**
   * Runs {@code warmup} requests (not counted, so every key's first miss fades) and then {@code requests}
   * counted ones against {@code policy}.
   */
  public static Result run(ZipfPopularity popularity, double ratePerSecond, CachePolicy policy, long warmup, long requests,
      long seed, KeySampling sampling) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    DiscreteSampler keys = sampling == KeySampling.ALIAS_TABLE
        ? AliasMethodDiscreteSampler.of(rng, popularity.probabilities())
        : rankFromOne(RejectionInversionZipfSampler.of(rng, popularity.keys(), popularity.exponent()));
    ZigguratSampler.Exponential gaps = ZigguratSampler.Exponential.of(rng, 1 / ratePerSecond);
    double now = 0;
    for (long i = 0; i < warmup; i++) {
      now += gaps.sample();
      policy.access(keys.sample(), now);
    }
    long hits = 0;
    for (long i = 0; i < requests; i++) {
      now += gaps.sample();
      if (policy.access(keys.sample(), now)) {
        hits++;
      }
    }
    return new Result(requests, hits, seed);
  }

  /** The rejection-inversion sampler returns ranks from 1; the policies index keys from 0. */
  private static DiscreteSampler rankFromOne(DiscreteSampler sampler) {
    return () -> sampler.sample() - 1;
  }
}
