package dev.cfscale.models.capacity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Every limit that bounds the project, sorted by where it breaks (per-request limits that fail first,
 * then rate and daily limits by breaking rate, then per-request limits that pass), the first to break,
 * and the one line a person remembers.
 */
public record CapacityReport(List<CapacityLimit> limits, BigDecimal peakToAverage, Optional<CapacityLimit> first, String headline) {

  public CapacityReport {
    limits = List.copyOf(limits);
  }
}
