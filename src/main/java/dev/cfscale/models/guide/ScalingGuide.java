package dev.cfscale.models.guide;

import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.plan.PlanResult;
import dev.cfscale.models.tiers.TierCost;
import java.util.List;

/**
 * The production scaling guide for one project, section by section: (1) the current setup, (2) what breaks first
 * and (3) the cost per tier (both from the plan; {@code freeTiers} prices the same tiers on the Free plan for its
 * outages), (4) the decision matrix, (5) findings by area, (6) the production readiness checklist, (7) the tier
 * checklist, (8) the roadmap and (9) the metrics to watch. Immutable; renderers only format it.
 */
public record ScalingGuide(
    String projectName,
    Plan billingPlan,
    List<WorkerSetup> setup,
    PlanResult plan,
    List<TierCost> freeTiers,
    List<BottleneckRow> matrix,
    List<AreaFindings> areas,
    List<Check> readiness,
    List<TierStep> tierChecklist,
    List<RoadmapItem> roadmap,
    List<MetricWatch> metrics) {

  public ScalingGuide {
    setup = List.copyOf(setup);
    freeTiers = List.copyOf(freeTiers);
    matrix = List.copyOf(matrix);
    areas = List.copyOf(areas);
    readiness = List.copyOf(readiness);
    tierChecklist = List.copyOf(tierChecklist);
    roadmap = List.copyOf(roadmap);
    metrics = List.copyOf(metrics);
  }

  /** Readiness checks that passed, over those that apply. */
  public int readinessPassed() {
    return (int) readiness.stream().filter(Check::passed).count();
  }

  public int readinessApplicable() {
    return (int) readiness.stream().filter(Check::applies).count();
  }

  /** The roadmap items of one phase, in roadmap order. */
  public List<RoadmapItem> roadmap(Phase phase) {
    return roadmap.stream().filter(i -> i.phase() == phase).toList();
  }

  /** Findings in every area, suppressed ones apart. */
  public int findingCount() {
    return areas.stream().mapToInt(a -> a.findings().size()).sum();
  }

  public int suppressedCount() {
    return areas.stream().mapToInt(a -> a.suppressed().size()).sum();
  }
}
