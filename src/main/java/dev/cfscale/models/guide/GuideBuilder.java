package dev.cfscale.models.guide;

import dev.cfscale.findings.Finding;
import dev.cfscale.findings.SuppressedFinding;
import dev.cfscale.platform.PlatformFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Writes the scaling guide from its inputs, section by section; every figure comes from the plan, the findings or the facts file. */
public final class GuideBuilder {
  private final FactText text;

  public GuideBuilder(PlatformFacts facts) {
    this.text = new FactText(facts);
  }

  public ScalingGuide build(GuideInputs in) {
    ReadinessSignals signals = new ReadinessSignals(in.project(), in.repository());
    List<Check> readiness = new ReadinessChecklist(in, signals, text).checks();
    return new ScalingGuide(in.projectName(), in.billingPlan(), new SetupSection(in).workers(), in.plan(), in.freeTiers(),
        new DecisionMatrix(in, text).rows(), areas(in), readiness, new TierChecklist(in, readiness, text).steps(),
        new Roadmap(in, text).items(), new MetricsToWatch(in, text).metrics());
  }

  /** Findings per area (worst first, then by place), with the suppressed ones of each area. */
  static List<AreaFindings> areas(GuideInputs in) {
    Comparator<Finding> order = Comparator.comparing(Finding::severity).thenComparing(Finding::location);
    List<AreaFindings> out = new ArrayList<>();
    for (Area a : Area.values()) {
      List<Finding> found = in.findings().stream().filter(f -> Area.of(f.ruleId()) == a).sorted(order).toList();
      List<SuppressedFinding> silenced = in.suppressed().stream().filter(s -> Area.of(s.finding().ruleId()) == a)
          .sorted(Comparator.comparing(SuppressedFinding::finding, order)).toList();
      out.add(new AreaFindings(a, found, silenced));
    }
    return out;
  }
}
