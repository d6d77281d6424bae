package dev.cfscale.models.guide;

import dev.cfscale.findings.Finding;
import dev.cfscale.findings.SuppressedFinding;
import java.util.List;

/** The findings of one area (worst first), and those inline comments suppressed there, with their reasons. */
public record AreaFindings(Area area, List<Finding> findings, List<SuppressedFinding> suppressed) {

  public AreaFindings {
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
  }

  public boolean isEmpty() {
    return findings.isEmpty() && suppressed.isEmpty();
  }
}
