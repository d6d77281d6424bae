package dev.cfscale.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.InputSummary;
import dev.cfscale.findings.Problem;
import java.io.IOException;
import java.io.Writer;

/** The documented JSON output (docs/json-output.md): tool, facts, findings, problems, summary. */
public final class JsonRenderer implements Renderer {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void render(Report report, Writer out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("tool").put("name", "cfscale").put("version", report.toolVersion());
    root.putObject("facts").put("version", report.factsVersion()).put("asOf", report.factsAsOf());
    var findings = root.putArray("findings");
    report.findings().forEach(f -> finding(findings.addObject(), f));
    var notes = root.putArray("notes");
    report.notes().forEach(f -> finding(notes.addObject(), f));
    var problems = root.putArray("problems");
    report.problems().forEach(p -> problem(problems.addObject(), p));
    var inputs = root.putArray("inputs");
    report.inputs().forEach(i -> input(inputs.addObject(), i));
    ObjectNode summary = root.putObject("summary");
    report.countsBySeverity().forEach((s, n) -> summary.put(s.label(), n));
    summary.put("notes", report.notes().size());
    summary.put("suppressed", report.suppressedCount()).put("baselined", report.baselinedCount());
    out.write(JSON.writeValueAsString(root));
    out.write("\n");
  }

  private static void finding(ObjectNode node, Finding f) {
    node.put("ruleId", f.ruleId()).put("severity", f.severity().label()).put("message", f.message());
    node.putObject("location").put("file", f.location().file()).put("line", f.location().line())
        .put("column", f.location().column());
    node.put("worker", f.worker()).put("environment", f.environmentLabel());
    ObjectNode evidence = node.putObject("evidence");
    f.evidence().forEach(evidence::put);
    node.put("fix", f.fix()).put("fingerprint", f.fingerprint());
  }

  private static void input(ObjectNode node, InputSummary in) {
    node.put("file", in.file()).put("status", in.audited() ? "audited" : "skipped").put("role", in.role()).put("reason", in.reason());
    if (in.audited()) {
      node.put("worker", in.worker()).put("modules", in.modules()).put("code", in.code());
    }
  }

  private static void problem(ObjectNode node, Problem p) {
    node.put("file", p.location().file()).put("line", p.location().line()).put("column", p.location().column())
        .put("level", p.level().name().toLowerCase(java.util.Locale.ROOT)).put("message", p.message());
  }
}
