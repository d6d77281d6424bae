package dev.cfscale.render.guide;

import dev.cfscale.findings.Finding;
import dev.cfscale.findings.SuppressedFinding;
import dev.cfscale.models.capacity.CapacityReport;
import dev.cfscale.models.capacity.Numbers;
import dev.cfscale.models.guide.AreaFindings;
import dev.cfscale.models.guide.BottleneckRow;
import dev.cfscale.models.guide.Check;
import dev.cfscale.models.guide.CheckStatus;
import dev.cfscale.models.guide.Phase;
import dev.cfscale.models.guide.RoadmapItem;
import dev.cfscale.models.guide.ScalingGuide;
import dev.cfscale.models.guide.TierStep;
import dev.cfscale.models.guide.WorkerSetup;
import dev.cfscale.models.profile.UsedAssumption;
import dev.cfscale.render.guide.GuideView.AreaView;
import dev.cfscale.render.guide.GuideView.BindingView;
import dev.cfscale.render.guide.GuideView.CheckView;
import dev.cfscale.render.guide.GuideView.FindingView;
import dev.cfscale.render.guide.GuideView.Item;
import dev.cfscale.render.guide.GuideView.MatrixRow;
import dev.cfscale.render.guide.GuideView.MetricRow;
import dev.cfscale.render.guide.GuideView.PhaseView;
import dev.cfscale.render.guide.GuideView.RoadmapView;
import dev.cfscale.render.guide.GuideView.SetupView;
import dev.cfscale.render.guide.GuideView.StepView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a {@link GuideReport} into the {@link GuideView} both the HTML page and the Markdown print. */
final class GuideViews {
  /** Up to this many Workers, section 1 shows each in full; beyond, each is folded under a one-line summary. */
  private static final int OPEN_WORKERS = 3;

  private GuideViews() {}

  static GuideView of(GuideReport report) {
    ScalingGuide g = report.guide();
    CapacityReport capacity = g.plan().capacity();
    CapacityViews cap = new CapacityViews(capacity.limits(), g.plan().tiers());
    CostViews cost = new CostViews(g.plan().tiers(), g.freeTiers());
    String score = g.readinessPassed() + "/" + g.readinessApplicable();
    List<Item> meta = List.of(new Item("Project", g.projectName()), new Item("Billing plan", g.billingPlan().label()),
        new Item("Workload", report.workload()), new Item("Limits and prices", "Cloudflare facts " + report.factsVersion() + " (as of "
            + report.factsAsOf() + ")"), new Item("Written by", "cfscale " + report.toolVersion()));
    List<Item> stats = List.of(new Item("Breaks first", capacity.first().flatMap(l -> l.breaksAtPeakRps()).map(r -> Numbers.rate(r) + " req/s")
            .orElse(capacity.first().isPresent() ? "per request" : "no limit reached")),
        new Item("Findings", g.findingCount() + (g.suppressedCount() > 0 ? " (+" + g.suppressedCount() + " suppressed)" : "")),
        new Item("Readiness", score + " checks pass"),
        new Item("At " + (g.plan().tiers().isEmpty() ? "-" : CapacityViews.tier(g.plan().tiers().get(g.plan().tiers().size() - 1).requestsPerDay()))
            + " req/day", g.plan().tiers().isEmpty() ? "-" : dev.cfscale.render.CostFormat.money(
                g.plan().tiers().get(g.plan().tiers().size() - 1).estimate().total()) + "/month"));
    return new GuideView("Production scaling guide: " + g.projectName(), g.projectName(), meta, sentence(capacity.headline()), stats,
        g.setup().stream().map(w -> setup(w, g.setup().size() <= OPEN_WORKERS)).toList(), cap.headroomSvg(), cap.perRequestSvg(), cap.tierLabels(), cap.rows(), cost.svg(),
        cost.rows(), cost.routeShares(), cost.outages(), costNote(report), g.matrix().stream().map(GuideViews::matrix).toList(),
        g.areas().stream().map(GuideViews::area).toList(), g.readiness().stream().map(GuideViews::check).toList(), score,
        g.tierChecklist().stream().map(GuideViews::step).toList(), roadmap(g), g.metrics().stream().map(m -> new MetricRow(m.product(),
            m.resource(), m.dataset(), m.fields(), m.shows(), m.actWhen())).toList(), assumptions(g.plan().assumptions()),
        report.problems().stream().map(p -> p.location() + ": " + (p.isError() ? "error" : "warning") + ": " + p.message()).toList());
  }

  private static String sentence(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  private static String costNote(GuideReport report) {
    return "Plan: " + report.guide().billingPlan().label() + ". Monthly cost of the load profile at each tier, priced by the cost engine "
        + "with Cloudflare facts " + report.factsVersion() + " (as of " + report.factsAsOf() + ").";
  }

  private static SetupView setup(WorkerSetup w, boolean open) {
    List<BindingView> bindings = w.bindings().stream().map(b -> new BindingView(b.kind(), b.name(),
        b.resources().stream().map(r -> r.isEmpty() ? "missing" : r).toList(), b.missingSomewhere())).toList();
    String code = w.modules() == 0 ? "no code read" : w.modules() + (w.modules() == 1 ? " module" : " modules") + " of code read";
    String summary = w.bindings().size() + (w.bindings().size() == 1 ? " binding" : " bindings") + ", " + w.environments().size()
        + (w.environments().size() == 1 ? " environment" : " environments") + "; " + w.configuredWell().size() + " configured well, "
        + w.missing().size() + " missing";
    return new SetupView(w.worker(), w.config(), code, summary, open, w.environments(), bindings,
        w.configuredWell().stream().map(GuideViews::check).toList(), w.missing().stream().map(GuideViews::check).toList());
  }

  static CheckView check(Check c) {
    String css = c.status() == CheckStatus.PASSED ? "ok" : c.status() == CheckStatus.FAILED ? "bad" : "na";
    return new CheckView(c.title(), c.status().label(), css, c.reason(), c.evidence());
  }

  private static MatrixRow matrix(BottleneckRow r) {
    String css = switch (r.status()) {
      case DETECTED -> "bad";
      case AT_RISK -> "warn";
      case CLEAR -> "ok";
      default -> "na";
    };
    return new MatrixRow(r.bottleneck().name().toLowerCase(Locale.ROOT).replace('_', '-'), r.bottleneck().title(), r.bottleneck().seedSymptom(),
        r.bottleneck().seedSolution(), r.status().label(), css, r.statusText(), r.documented(), r.seedCorrection().orElse(""), r.solution());
  }

  private static AreaView area(AreaFindings a) {
    String id = "area-" + a.area().name().toLowerCase(Locale.ROOT).replace('_', '-');
    return new AreaView(id, a.area().title(), a.findings().stream().map(f -> finding(f, "")).toList(),
        a.suppressed().stream().map(GuideViews::suppressed).toList());
  }

  static FindingView finding(Finding f, String suppressedReason) {
    List<Item> evidence = new ArrayList<>();
    f.evidence().forEach((k, v) -> evidence.add(new Item(k, v)));
    String worker = f.worker() == null ? "" : f.worker() + (f.environmentLabel() == null ? "" : " / " + f.environmentLabel());
    return new FindingView(f.severity().label(), f.ruleId(), f.location().file() + ":" + f.location().line(), worker, f.message(),
        f.fix() == null ? "" : f.fix(), evidence, suppressedReason);
  }

  static FindingView suppressed(SuppressedFinding s) {
    return finding(s.finding(), s.reason() + " (" + s.directive().file() + ":" + s.directive().line() + ")");
  }

  private static StepView step(TierStep s) {
    long passed = s.items().stream().filter(Check::passed).count();
    long applicable = s.items().stream().filter(Check::applies).count();
    return new StepView(s.title(), s.planSays(), passed + "/" + applicable, s.items().stream().map(GuideViews::check).toList());
  }

  private static List<PhaseView> roadmap(ScalingGuide g) {
    List<PhaseView> out = new ArrayList<>();
    for (Phase p : Phase.values()) {
      out.add(new PhaseView(p.title(), g.roadmap(p).stream().map(GuideViews::roadmapItem).toList()));
    }
    return out;
  }

  private static RoadmapView roadmapItem(RoadmapItem i) {
    return new RoadmapView(i.title(), i.where(), i.bites(), i.severity().label(), i.effort().label(), i.fix(), i.scaffold().orElse(""));
  }

  private static List<String> assumptions(List<UsedAssumption> assumptions) {
    return assumptions.stream().map(a -> a.key() + " = " + Numbers.plain(a.value()) + " " + a.unit() + " (" + a.source() + ")").toList();
  }
}
