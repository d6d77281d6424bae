package dev.cfscale.render.guide;

import dev.cfscale.render.Printable;
import dev.cfscale.render.guide.GuideView.AreaView;
import dev.cfscale.render.guide.GuideView.CheckView;
import dev.cfscale.render.guide.GuideView.FindingView;
import dev.cfscale.render.guide.GuideView.LimitRow;
import dev.cfscale.render.guide.GuideView.MatrixRow;
import dev.cfscale.render.guide.GuideView.PhaseView;
import dev.cfscale.render.guide.GuideView.RoadmapView;
import dev.cfscale.render.guide.GuideView.SetupView;
import dev.cfscale.render.guide.GuideView.StepView;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The scaling guide as GitHub-flavoured Markdown, fit for a pull-request comment: tables, task lists, and evidence in
 * collapsible {@code <details>} blocks. Every string from the project is escaped ({@link Md}).
 */
public final class GuideMarkdownRenderer implements GuideRenderer {
  private static final int EVIDENCE_SHOWN = 3;

  @Override
  public void render(GuideReport report, Writer raw) throws IOException {
    Writer out = Printable.writer(raw); // strings from the project with their control characters escaped
    print(report, out);
    out.flush();
  }

  private void print(GuideReport report, Writer out) throws IOException {
    GuideView v = GuideViews.of(report);
    StringBuilder s = new StringBuilder();
    s.append("# ").append(Md.text(v.title())).append("\n\n**").append(Md.text(v.headline())).append("**\n\n");
    s.append(v.meta().stream().map(m -> m.label() + ": " + Md.text(m.value())).collect(Collectors.joining(" · "))).append("\n\n");
    table(s, v.stats().stream().map(GuideView.Item::label).toList(), List.of(v.stats().stream().map(i -> Md.text(i.value())).toList()));
    v.problems().forEach(p -> s.append("- ").append(Md.code(p)).append('\n'));
    setup(s, v);
    breaks(s, v);
    cost(s, v);
    matrix(s, v);
    findings(s, v);
    s.append("\n## 6. Production readiness checklist\n\n**").append(v.readinessScore()).append(" applicable checks pass**\n\n");
    v.readiness().forEach(c -> check(s, c));
    tiers(s, v);
    roadmap(s, v);
    metrics(s, v);
    s.append("\n<details><summary>").append(v.assumptions().size()).append(" workload assumptions the figures rest on</summary>\n\n");
    v.assumptions().forEach(a -> s.append("- ").append(Md.code(a)).append('\n'));
    s.append("\n</details>\n");
    out.write(HtmlTemplates.withoutControls(s.toString()));
  }

  private static void table(StringBuilder s, List<String> header, List<List<String>> rows) {
    s.append("| ").append(String.join(" | ", header)).append(" |\n|").append("---|".repeat(header.size())).append('\n');
    rows.forEach(r -> s.append("| ").append(String.join(" | ", r)).append(" |\n"));
    s.append('\n');
  }

  private static void setup(StringBuilder s, GuideView v) {
    s.append("\n## 1. Current setup\n");
    for (SetupView w : v.setup()) {
      if (w.open()) {
        s.append("\n### ").append(Md.text(w.worker())).append(" (").append(Md.code(w.config())).append(", ").append(w.code()).append(")\n\n");
      } else {
        s.append("\n<details><summary><b>").append(Md.html(w.worker())).append("</b> <code>").append(Md.html(w.config())).append("</code>: ")
            .append(Md.html(w.summary())).append("</summary>\n\n");
      }
      List<String> header = new ArrayList<>(List.of("Binding", "Kind"));
      w.environments().forEach(e -> header.add(Md.text(e)));
      table(s, header, w.bindings().stream().map(b -> {
        List<String> row = new ArrayList<>(List.of(Md.code(b.name()), Md.text(b.kind())));
        b.cells().forEach(c -> row.add(c.equals("missing") ? "**missing**" : Md.text(c)));
        return row;
      }).toList());
      w.well().forEach(c -> check(s, c));
      w.missing().forEach(c -> check(s, c));
      if (!w.open()) {
        s.append("\n</details>\n");
      }
    }
  }

  private static void breaks(StringBuilder s, GuideView v) {
    s.append("\n## 2. What breaks first\n\n**").append(Md.text(v.headline())).append("**\n\n");
    List<String> header = new ArrayList<>(List.of("Limit", "Resource", "Limit value", "Use per request", "Breaks at (peak)", "Daily traffic"));
    header.addAll(v.tierLabels());
    if (v.limits().isEmpty()) {
      s.append("No platform limit of the plan is used by this project's traffic.\n");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (LimitRow l : v.limits()) {
      List<String> row = new ArrayList<>(List.of(Md.text(l.name()), Md.text(l.resource()), Md.text(l.limit()), l.use(), mark(l.breaksAt()),
          l.perDay()));
      l.tiers().forEach(c -> row.add(mark(c)));
      rows.add(row);
    }
    table(s, header, rows);
    s.append("xN is the breaking rate over the tier's peak rate; below x1 the limit is exceeded at that tier.\n");
  }

  private static String mark(GuideView.Cell c) {
    return c.css().equals("bad") ? "**" + Md.text(c.text()) + "**" : Md.text(c.text());
  }

  private static void cost(StringBuilder s, GuideView v) {
    s.append("\n## 3. Cost by traffic tier\n\n");
    List<String> header = new ArrayList<>(List.of("Product"));
    header.addAll(v.tierLabels());
    table(s, header, v.costRows().stream().map(r -> {
      List<String> row = new ArrayList<>(List.of(r.total() ? "**" + Md.text(r.product()) + "**" : Md.text(r.product())));
      r.values().forEach(x -> row.add(r.total() ? "**" + x + "**" : x));
      return row;
    }).toList());
    if (!v.routeShares().isEmpty()) {
      s.append("Where the money goes at the top tier:\n\n");
      v.routeShares().forEach(r -> s.append("- ").append(Md.text(r)).append('\n'));
    }
    s.append("\nOn the Free plan:");
    if (v.outages().isEmpty()) {
      s.append(" no allowance is exceeded at the planned tiers.\n");
    } else {
      s.append("\n\n");
      v.outages().forEach(o -> s.append("- ").append(Md.text(o)).append('\n'));
    }
    s.append('\n').append(Md.text(v.costNote())).append('\n');
  }

  private static void matrix(StringBuilder s, GuideView v) {
    s.append("\n## 4. Decision matrix\n\n");
    table(s, List.of("Bottleneck", "Seed: symptom / solution", "Status", "For this project"), v.matrix().stream().map(r -> List.of(
        "**" + Md.text(r.bottleneck()) + "**", Md.text(r.seedSymptom() + " / " + r.seedSolution()), status(r.css(), r.status()),
        Md.text(r.statusText()))).toList());
    s.append("<details><summary>Documented limits and what to do, bottleneck by bottleneck</summary>\n\n");
    for (MatrixRow r : v.matrix()) {
      s.append("**").append(Md.text(r.bottleneck())).append("**: ").append(Md.text(r.documented())).append(".");
      if (!r.correction().isEmpty()) {
        s.append(" ").append(Md.text(r.correction())).append(".");
      }
      s.append('\n');
      r.solution().forEach(x -> s.append("- ").append(Md.text(x)).append('\n'));
      s.append('\n');
    }
    s.append("</details>\n");
  }

  private static String status(String css, String label) {
    String icon = switch (css) {
      case "bad" -> "🔴";
      case "warn" -> "🟠";
      case "ok" -> "🟢";
      default -> "⚪";
    };
    return icon + " " + label;
  }

  private static void findings(StringBuilder s, GuideView v) {
    s.append("\n## 5. Findings by area\n");
    for (AreaView a : v.areas()) {
      s.append("\n### ").append(a.title()).append(" (").append(a.findings().size()).append(")\n\n");
      if (a.findings().isEmpty() && a.suppressed().isEmpty()) {
        s.append("No finding.\n");
      }
      a.findings().forEach(f -> finding(s, f));
      if (!a.suppressed().isEmpty()) {
        s.append("Suppressed in the code:\n\n");
        a.suppressed().forEach(f -> finding(s, f));
      }
    }
  }

  private static void finding(StringBuilder s, FindingView f) {
    s.append("<details><summary><b>").append(f.severity()).append("</b> <code>").append(Md.html(f.ruleId())).append("</code> <code>")
        .append(Md.html(f.location())).append("</code> ").append(Md.html(f.message())).append("</summary>\n\n");
    if (!f.suppressedReason().isEmpty()) {
      s.append("Suppressed: ").append(Md.text(f.suppressedReason())).append("\n\n");
    }
    f.evidence().forEach(e -> s.append("- ").append(Md.text(e.label())).append(": ").append(Md.code(e.value())).append('\n'));
    if (!f.fix().isEmpty()) {
      s.append("\n**Fix:** ").append(Md.text(f.fix())).append('\n');
    }
    s.append("\n</details>\n\n");
  }

  private static void check(StringBuilder s, CheckView c) {
    String box = c.css().equals("ok") ? "- [x] " : c.css().equals("bad") ? "- [ ] " : "- ➖ ";
    s.append(box).append("**").append(Md.text(c.title())).append("** (").append(c.status()).append("): ").append(Md.text(c.reason()));
    if (!c.evidence().isEmpty()) {
      s.append(" (").append(c.evidence().stream().limit(EVIDENCE_SHOWN).map(Md::code).collect(Collectors.joining(", ")))
          .append(c.evidence().size() > EVIDENCE_SHOWN ? " and " + (c.evidence().size() - EVIDENCE_SHOWN) + " more" : "").append(")");
    }
    s.append('\n');
  }

  private static void tiers(StringBuilder s, GuideView v) {
    s.append("\n## 7. Tier checklist\n");
    for (StepView t : v.tierChecklist()) {
      s.append("\n### ").append(Md.text(t.title())).append(" (").append(t.tally()).append(")\n\n_").append(Md.text(t.planSays())).append("_\n\n");
      t.items().forEach(c -> check(s, c));
    }
  }

  private static void roadmap(StringBuilder s, GuideView v) {
    s.append("\n## 8. Roadmap\n\nOrdered by the traffic at which each problem bites, then severity, then effort.\n");
    for (PhaseView p : v.roadmap()) {
      s.append("\n### ").append(p.title()).append("\n\n");
      if (p.items().isEmpty()) {
        s.append("Nothing.\n");
      }
      int n = 1;
      for (RoadmapView i : p.items()) {
        s.append(n++).append(". **").append(Md.text(i.title())).append("** ").append(Md.code(i.where())).append(": ").append(i.severity())
            .append(", ").append(i.effort()).append("; bites ").append(Md.text(i.bites())).append(".<br>").append(Md.text(i.fix())).append('\n');
        if (!i.scaffold().isEmpty()) {
          s.append("   <details><summary>Scaffold</summary>\n\n").append(indent(Md.block(i.scaffold().startsWith("cfscale") ? "sh" : "ts",
              i.scaffold()))).append("\n   </details>\n");
        }
      }
    }
  }

  private static String indent(String block) {
    return block.lines().map(l -> "   " + l).collect(Collectors.joining("\n"));
  }

  private static void metrics(StringBuilder s, GuideView v) {
    s.append("\n## 9. Metrics to watch\n\n");
    table(s, List.of("Product", "Resources", "Dataset", "Fields", "Shows", "Act when"), v.metrics().stream().map(m -> List.of(
        Md.text(m.product()), Md.text(m.resource()), Md.code(m.dataset()), Md.code(m.fields()), Md.text(m.shows()), Md.text(m.actWhen())))
        .toList());
  }
}
