package dev.cfscale.models.guide;

import dev.cfscale.findings.Finding;
import dev.cfscale.models.capacity.CapacityLimit;
import java.util.List;
import java.util.Optional;

/**
 * One row of the decision matrix for this project: the status, the findings that show it, the capacity limits
 * that bound it (with the first tier where one is exceeded), the documented figure from the facts file (and how
 * the seed's own number was wrong, when it was), and the seed's solution made concrete for this code.
 */
public record BottleneckRow(Bottleneck bottleneck, Status status, String statusText, List<Finding> findings,
    List<CapacityLimit> limits, Optional<Long> breaksAtTier, String documented, Optional<String> seedCorrection,
    List<String> solution) {

  /** Where the project stands on one bottleneck. */
  public enum Status {
    DETECTED("detected"),
    AT_RISK("at risk"),
    CLEAR("clear"),
    NOT_APPLICABLE("not applicable");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public BottleneckRow {
    findings = List.copyOf(findings);
    limits = List.copyOf(limits);
    solution = List.copyOf(solution);
  }
}
