package dev.cfscale.models.cache;

/**
 * Zipf popularity over {@code keys} keys with exponent {@code s}: key i (1-based) is requested with
 * probability {@code p_i = i^-s / H(N, s)}, where H is the generalised harmonic number (s = 0 is uniform).
 */
public final class ZipfPopularity {
  private final double[] probabilities;
  private final double exponent;

  public ZipfPopularity(int keys, double exponent) {
    if (keys <= 0 || exponent < 0) {
      throw new IllegalArgumentException("Zipf needs keys > 0 and exponent >= 0: " + keys + ", " + exponent);
    }
    this.exponent = exponent;
    this.probabilities = new double[keys];
    double harmonic = 0;
    for (int i = 0; i < keys; i++) {
      probabilities[i] = Math.pow(i + 1, -exponent);
      harmonic += probabilities[i];
    }
    for (int i = 0; i < keys; i++) {
      probabilities[i] /= harmonic;
    }
  }

  public int keys() {
    return probabilities.length;
  }

  public double exponent() {
    return exponent;
  }

  /** Probability of the key of rank {@code rank} (0-based: rank 0 is the most popular). */
  public double probability(int rank) {
    return probabilities[rank];
  }

  /** A copy of every key's probability, most popular first (for samplers). */
  public double[] probabilities() {
    return probabilities.clone();
  }
}
