package dev.cfscale.cli;

import dev.cfscale.discover.ProjectLayout;
import dev.cfscale.findings.Baseline;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.InputSummary;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Problem;
import dev.cfscale.findings.SourceFile;
import dev.cfscale.findings.SuppressedFinding;
import dev.cfscale.render.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code audit DIR...}: one report per root, every path in it prefixed with the root as given on the command
 * line ({@code repos/shop/src/index.ts}), and the one report of them all that JSON, SARIF and HTML print. The
 * baseline applies to the prefixed findings, so a baseline written by a multi-root run matches the next one.
 */
final class RootReports {
  /** One root's report (prefixed, baseline applied) and its findings before the baseline. */
  record Rooted(String label, Report report, List<Finding> allFindings) {}

  private RootReports() {}

  /** How reports name a root: the path as given, normalized, with forward slashes ({@code .} for the current folder). */
  static String label(Path root) {
    String text = ProjectLayout.slashed(root.normalize());
    return text.isEmpty() ? "." : text;
  }

  /** {@code outcome} of the audit of {@code label} (run without a baseline), its paths prefixed and {@code baseline} applied. */
  static Rooted rooted(String label, AuditPipeline.Outcome outcome, Baseline baseline) {
    Report r = outcome.report();
    List<Finding> findings = r.findings().stream().map(f -> prefixed(label, f)).toList();
    List<Finding> notes = r.notes().stream().map(f -> prefixed(label, f)).toList();
    List<Finding> keptFindings = findings.stream().filter(f -> !baseline.contains(f)).toList();
    List<Finding> keptNotes = notes.stream().filter(f -> !baseline.contains(f)).toList();
    int baselined = r.baselinedCount() + findings.size() - keptFindings.size() + notes.size() - keptNotes.size();
    Report report = new Report(r.toolVersion(), r.factsVersion(), r.factsAsOf(), keptFindings, keptNotes, r.listNotes(),
        r.problems().stream().map(p -> new Problem(prefixed(label, p.location()), p.level(), p.message())).toList(),
        r.inputs().stream().map(i -> new InputSummary(prefixed(label, i.file()), i.audited(), i.role(), i.reason(), i.worker(),
            i.modules(), i.code())).toList(),
        r.rules(),
        r.suppressed().stream().map(s -> new SuppressedFinding(prefixed(label, s.finding()), s.reason(), prefixed(label, s.directive())))
            .toList(),
        baselined,
        r.sources().stream().map(s -> new SourceFile(prefixed(label, s.relativePath()), s.lines(), s.lineCommentPrefix())).toList());
    return new Rooted(label, report, outcome.allFindings().stream().map(f -> prefixed(label, f)).toList());
  }

  /** {@code root} with {@code problem} added to its report (a root that had nothing to audit). */
  static Rooted withProblem(Rooted root, Problem problem) {
    Report r = root.report();
    List<Problem> problems = new ArrayList<>(r.problems());
    problems.add(problem);
    return new Rooted(root.label(), new Report(r.toolVersion(), r.factsVersion(), r.factsAsOf(), r.findings(), r.notes(), r.listNotes(),
        problems, r.inputs(), r.rules(), r.suppressed(), r.baselinedCount(), r.sources()), root.allFindings());
  }

  /** The roots' reports as one, in the order the roots were given. */
  static Report combined(List<Rooted> roots) {
    Report first = roots.get(0).report();
    List<Finding> findings = new ArrayList<>();
    List<Finding> notes = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<InputSummary> inputs = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>();
    List<SourceFile> sources = new ArrayList<>();
    int baselined = 0;
    for (Rooted root : roots) {
      Report r = root.report();
      findings.addAll(r.findings());
      notes.addAll(r.notes());
      problems.addAll(r.problems());
      inputs.addAll(r.inputs());
      suppressed.addAll(r.suppressed());
      sources.addAll(r.sources());
      baselined += r.baselinedCount();
    }
    return new Report(first.toolVersion(), first.factsVersion(), first.factsAsOf(), findings, notes, first.listNotes(), problems, inputs,
        first.rules(), suppressed, baselined, sources);
  }

  private static Finding prefixed(String label, Finding f) {
    return new Finding(f.ruleId(), f.severity(), f.message(), prefixed(label, f.location()), f.worker(), f.environments(), f.evidence(),
        f.fix(), f.subject());
  }

  private static Location prefixed(String label, Location l) {
    return l == null ? null : new Location(prefixed(label, l.file()), l.line(), l.column());
  }

  private static String prefixed(String label, String file) {
    return label.equals(".") || file == null || file.isEmpty() || file.startsWith("(") ? file : label + "/" + file;
  }
}
