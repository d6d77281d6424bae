package dev.cfscale.models.profile;

import java.math.BigDecimal;

/**
 * An assumption a plan figure rests on, as reports print it: the workload key, its value and unit, and
 * where it came from ({@code default}, {@code workload.yml:12:3}, or how a default was derived).
 */
public record UsedAssumption(String key, BigDecimal value, String unit, String source) {

  /** The report's view of a workload value. */
  public static UsedAssumption of(dev.cfscale.facts.workload.Assumption a) {
    return new UsedAssumption(a.key(), a.value(), a.unit(), a.source());
  }
}
