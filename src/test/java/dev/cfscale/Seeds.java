package dev.cfscale;

import java.util.SplittableRandom;

/**
 * Seeds for the randomised tests: fixed by default so every run checks the same cases, another one with
 * {@code -Dcfscale.seed=N} to reproduce a failure or explore. Every failure message carries the seed.
 */
public final class Seeds {
  /** The seed a run uses when none is given. */
  public static final long DEFAULT = 20_261_201L;

  private Seeds() {}

  /** The run's seed: {@code -Dcfscale.seed} or {@link #DEFAULT}. */
  public static long seed() {
    String given = System.getProperty("cfscale.seed");
    return given == null || given.isBlank() ? DEFAULT : Long.parseLong(given.trim());
  }

  /** A random source for one named test, so adding a test does not change the cases of the others. */
  public static SplittableRandom random(String test) {
    return new SplittableRandom(seed() ^ test.hashCode());
  }

  /** How to rerun: for failure messages. */
  public static String reproduce() {
    return "seed " + seed() + " (rerun with -Dcfscale.seed=" + seed() + ")";
  }
}
