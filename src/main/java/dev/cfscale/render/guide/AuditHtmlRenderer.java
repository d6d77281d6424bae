package dev.cfscale.render.guide;

import dev.cfscale.findings.Finding;
import dev.cfscale.findings.InputSummary;
import dev.cfscale.findings.SuppressedFinding;
import dev.cfscale.models.guide.Area;
import dev.cfscale.render.Renderer;
import dev.cfscale.render.Report;
import dev.cfscale.render.guide.GuideView.AreaView;
import dev.cfscale.render.guide.GuideView.Item;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The audit as one self-contained HTML page, with the findings grouped by the report's areas (through the same one
 * table, {@link Area#of}), each with its evidence in a {@code <details>}, and the suppressed ones listed with their reasons.
 */
public final class AuditHtmlRenderer implements Renderer {

  @Override
  public void render(Report report, Writer out) throws IOException {
    out.write(HtmlTemplates.render("audit.jte", view(report)));
  }

  static AuditView view(Report report) {
    Comparator<Finding> order = Comparator.comparing(Finding::severity).thenComparing(Finding::location);
    List<AreaView> areas = new ArrayList<>();
    for (Area a : Area.values()) {
      String id = "area-" + a.name().toLowerCase(Locale.ROOT).replace('_', '-');
      areas.add(new AreaView(id, a.title(), report.findings().stream().filter(f -> Area.of(f.ruleId()) == a).sorted(order)
          .map(f -> GuideViews.finding(f, "")).toList(), report.suppressed().stream().filter(s -> Area.of(s.finding().ruleId()) == a)
          .sorted(Comparator.comparing(SuppressedFinding::finding, order)).map(GuideViews::suppressed).toList()));
    }
    String counts = report.countsBySeverity().entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "));
    List<Item> stats = List.of(new Item("Findings", report.findings().size() + (counts.isEmpty() ? "" : " (" + counts + ")")),
        new Item("Suppressed", String.valueOf(report.suppressedCount())), new Item("Baselined", String.valueOf(report.baselinedCount())),
        new Item("Notes", String.valueOf(report.notes().size())));
    List<Item> meta = List.of(new Item("Limits and prices", "Cloudflare facts " + report.factsVersion() + " (as of " + report.factsAsOf() + ")"),
        new Item("Written by", "cfscale " + report.toolVersion()));
    List<String> notes = report.listNotes() ? report.notes().stream().map(n -> n.location().file() + ":" + n.location().line() + " "
        + n.ruleId() + " " + n.message()).toList() : List.of();
    return new AuditView("cfscale audit", meta, stats, areas, report.inputs().stream().map(AuditHtmlRenderer::input).toList(),
        report.problems().stream().map(p -> p.location() + ": " + (p.isError() ? "error" : "warning") + ": " + p.message()).toList(), notes);
  }

  private static AuditView.InputRow input(InputSummary in) {
    String detail = in.audited() ? in.worker() + ", " + in.modules() + (in.modules() == 1 ? " module" : " modules")
        + (in.code().isEmpty() ? "" : " (" + in.code() + ")") : in.reason();
    return new AuditView.InputRow(in.file(), in.audited() ? "audited" : "skipped", in.role(), detail);
  }
}
