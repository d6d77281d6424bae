package dev.cfscale.render.guide;

import dev.cfscale.findings.InputSummary;
import dev.cfscale.findings.Problem;
import dev.cfscale.models.guide.ScalingGuide;
import java.util.List;

/**
 * What {@code cfscale report} prints: the scaling guide, the inputs it was written from and their problems, the
 * workload it assumes ({@code default} or the file), and the tool and facts versions its numbers come from.
 */
public record GuideReport(String toolVersion, String factsVersion, String factsAsOf, String workload, ScalingGuide guide,
    List<Problem> problems, List<InputSummary> inputs) {

  public GuideReport {
    problems = List.copyOf(problems);
    inputs = List.copyOf(inputs);
  }
}
