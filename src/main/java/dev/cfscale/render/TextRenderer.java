package dev.cfscale.render;

import dev.cfscale.findings.Finding;
import dev.cfscale.findings.InputSummary;
import dev.cfscale.findings.Problem;
import dev.cfscale.findings.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Human-readable output: problems first (with the source line and a caret), then findings grouped
 * by file, then a summary with the facts version. Colour only when asked (on a TTY).
 */
public final class TextRenderer implements Renderer {
  private final boolean colour;

  public TextRenderer(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void render(Report report, Writer out) throws IOException {
    for (Problem p : report.problems()) {
      out.write(line(p.location().toString()) + ": " + paint(p.isError() ? "31" : "33", p.isError() ? "error" : "warning") + ": "
          + text(p.message()) + "\n");
      caret(report, p, out);
    }
    if (!report.problems().isEmpty()) {
      out.write("\n");
    }
    byFile(report.findings(), out);
    if (report.listNotes() && !report.notes().isEmpty()) {
      out.write((report.findings().isEmpty() ? "" : "\n") + paint("1", "Notes (hygiene; never fail a run)") + "\n");
      byFile(report.notes(), out);
    }
    inputs(report, out);
    summary(report, out);
  }

  private void byFile(java.util.List<Finding> findings, Writer out) throws IOException {
    String currentFile = null;
    for (Finding f : findings) {
      if (!f.location().file().equals(currentFile)) {
        currentFile = f.location().file();
        out.write(paint("1;4", line(currentFile)) + "\n");
      }
      finding(f, out);
    }
  }

  /** What was audited (with the modules read per Worker) and what was skipped, so nothing is left out silently. */
  private void inputs(Report report, Writer out) throws IOException {
    if (report.inputs().isEmpty()) {
      return;
    }
    long audited = report.inputs().stream().filter(InputSummary::audited).count();
    long skipped = report.inputs().size() - audited;
    out.write((report.findings().isEmpty() && report.notes().isEmpty() ? "" : "\n") + paint("1", "Read " + audited
        + (audited == 1 ? " Worker" : " Workers") + (skipped == 0 ? "" : ", skipped " + skipped + (skipped == 1 ? " config" : " configs")))
        + "\n");
    for (InputSummary in : report.inputs()) {
      if (in.audited()) {
        out.write("  " + line(in.file()) + "  " + text(in.role()) + (in.reason().isEmpty() ? "" : " (" + text(in.reason()) + ")") + ": "
            + line(in.worker()) + ", " + in.modules() + (in.modules() == 1 ? " module" : " modules")
            + (in.code().isEmpty() ? "" : " (" + text(in.code()) + ")") + "\n");
      } else {
        out.write("  " + paint("2", line(in.file()) + "  skipped " + text(in.role()) + ": " + text(in.reason())) + "\n");
      }
    }
  }

  private void finding(Finding f, Writer out) throws IOException {
    String where = f.location().line() + ":" + f.location().column();
    out.write("  " + where + "  " + paint(colourOf(f.severity()), pad(f.severity().label(), 8)) + " "
        + paint("2", f.ruleId()) + "  [" + line(f.worker()) + (f.environmentLabel() == null ? "" : " / " + line(f.environmentLabel())) + "]\n");
    out.write("      " + text(f.message()) + "\n");
    for (Map.Entry<String, String> e : f.evidence().entrySet()) {
      out.write("      " + paint("2", line(e.getKey()) + ": ") + text(e.getValue()) + "\n");
    }
    if (!f.fix().isEmpty()) {
      out.write("      " + paint("32", "fix: ") + text(f.fix()) + "\n");
    }
  }

  private void caret(Report report, Problem p, Writer out) throws IOException {
    var source = report.source(p.location().file());
    if (source.isEmpty() || source.get().lines().isEmpty()) {
      return;
    }
    String line = source.get().line(p.location().line());
    if (line.isEmpty()) {
      return;
    }
    EchoedLine shown = EchoedLine.of(line, p.location().column());
    out.write("    " + shown.text() + "\n");
    out.write("    " + shown.caretPadding() + paint("31", "^") + "\n");
  }

  private void summary(Report report, Writer out) throws IOException {
    Map<Severity, Long> counts = report.countsBySeverity();
    StringBuilder line = new StringBuilder();
    line.append(report.findings().size()).append(report.findings().size() == 1 ? " finding" : " findings");
    StringBuilder parts = new StringBuilder();
    counts.forEach((s, n) -> {
      if (n > 0) {
        parts.append(parts.length() == 0 ? "" : ", ").append(n).append(' ').append(s.label());
      }
    });
    if (parts.length() > 0) {
      line.append(" (").append(parts).append(')');
    }
    if (!report.problems().isEmpty()) {
      line.append(", ").append(report.problems().size()).append(report.problems().size() == 1 ? " problem" : " problems");
    }
    if (report.suppressedCount() > 0) {
      line.append(", ").append(report.suppressedCount()).append(" suppressed");
    }
    if (report.baselinedCount() > 0) {
      line.append(", ").append(report.baselinedCount()).append(" in baseline");
    }
    out.write((report.findings().isEmpty() && report.inputs().isEmpty() ? "" : "\n") + line + "\n");
    if (!report.notes().isEmpty()) {
      int n = report.notes().size();
      out.write(n + (n == 1 ? " note" : " notes") + (report.listNotes() ? " (hygiene, listed above)" : ": --notes to list them") + "\n");
    }
    out.write(paint("2", "cfscale " + report.toolVersion() + ", Cloudflare facts " + report.factsVersion()
        + " (as of " + report.factsAsOf() + ")") + "\n");
  }

  private static String colourOf(Severity s) {
    switch (s) {
      case CRITICAL:
        return "1;31";
      case HIGH:
        return "31";
      case MEDIUM:
        return "33";
      case LOW:
        return "36";
      default:
        return "2";
    }
  }

  /** Project text (messages, evidence) with its control characters escaped; see {@link Printable}. */
  private static String text(String s) {
    return Printable.text(s);
  }

  /** A name from the project (a path, a Worker) on one line. */
  private static String line(String s) {
    return Printable.line(s);
  }

  /** {@code text} is already escaped: only the colour codes around it are raw. */
  private String paint(String code, String text) {
    return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
