package dev.cfscale.models.guide;

import java.util.List;

/**
 * One stage of the seed's scaling checklist (before launch, then 10K to 10M requests a day), its peak
 * request rate under the workload, what the plan says happens there, and each item checked for this project.
 */
public record TierStep(String title, long requestsPerDay, String planSays, List<Check> items) {

  public TierStep {
    items = List.copyOf(items);
  }
}
