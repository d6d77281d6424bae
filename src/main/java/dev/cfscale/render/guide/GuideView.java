package dev.cfscale.render.guide;

import java.util.List;

/**
 * The scaling guide as the page and the Markdown show it: every figure already formatted, the charts already drawn
 * (SVG), nothing left to compute in a template. The jte templates are type-checked against these records.
 */
public record GuideView(
    String title,
    String project,
    List<Item> meta,
    String headline,
    List<Item> stats,
    List<SetupView> setup,
    String headroomSvg,
    String perRequestSvg,
    List<String> tierLabels,
    List<LimitRow> limits,
    String costSvg,
    List<CostRow> costRows,
    List<String> routeShares,
    List<String> outages,
    String costNote,
    List<MatrixRow> matrix,
    List<AreaView> areas,
    List<CheckView> readiness,
    String readinessScore,
    List<StepView> tierChecklist,
    List<PhaseView> roadmap,
    List<MetricRow> metrics,
    List<String> assumptions,
    List<String> problems) {

  /** A label and its value (metadata, summary figures, evidence). */
  public record Item(String label, String value) {}

  /** Section 1 for one Worker; {@code open} when the project has few Workers (a monorepo's are folded under their summary). */
  public record SetupView(String worker, String config, String code, String summary, boolean open, List<String> environments,
      List<BindingView> bindings, List<CheckView> well, List<CheckView> missing) {}

  /** One binding across environments; {@code gap} when an environment lacks it. */
  public record BindingView(String kind, String name, List<String> cells, boolean gap) {}

  /** A table cell with its CSS class ({@code ok}, {@code warn}, {@code bad}) and the value to sort by. */
  public record Cell(String text, String css, String sort) {}

  /** One capacity limit: what it is, where it breaks, and its headroom at each tier. */
  public record LimitRow(String name, String resource, String limit, String use, Cell breaksAt, String perDay, List<Cell> tiers) {}

  /** One product's monthly cost at each tier (or the total). */
  public record CostRow(String product, List<String> values, boolean total) {}

  /** One bottleneck of the decision matrix. */
  public record MatrixRow(String id, String bottleneck, String seedSymptom, String seedSolution, String status, String css,
      String statusText, String documented, String correction, List<String> solution) {}

  /** The findings of one area, and the suppressed ones. */
  public record AreaView(String id, String title, List<FindingView> findings, List<FindingView> suppressed) {}

  /** One finding (for a suppressed one, the reason and where it was suppressed). */
  public record FindingView(String severity, String ruleId, String location, String worker, String message, String fix,
      List<Item> evidence, String suppressedReason) {}

  /** One checked item: its status label and CSS class, the reason and the evidence. */
  public record CheckView(String title, String status, String css, String reason, List<String> evidence) {}

  /** One stage of the tier checklist. */
  public record StepView(String title, String planSays, String tally, List<CheckView> items) {}

  /** One horizon of the roadmap. */
  public record PhaseView(String title, List<RoadmapView> items) {}

  /** One roadmap item. */
  public record RoadmapView(String title, String where, String bites, String severity, String effort, String fix, String scaffold) {}

  /** One metric to watch. */
  public record MetricRow(String product, String resource, String dataset, String fields, String shows, String actWhen) {}
}
