package dev.cfscale.render;

import com.fasterxml.jackson.core.JsonGenerator;
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

  /**
   * Streams the document: each finding, note, problem and input is built as a small tree and written at
   * once, so a report with hundreds of thousands of findings never holds its whole JSON text (or tree) in
   * memory. The bytes are those of the whole tree pretty-printed at once.
   */
  @Override
  public void render(Report report, Writer out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.writeStartObject();
      g.writeFieldName("tool");
      g.writeTree(JSON.createObjectNode().put("name", "cfscale").put("version", report.toolVersion()));
      g.writeFieldName("facts");
      g.writeTree(JSON.createObjectNode().put("version", report.factsVersion()).put("asOf", report.factsAsOf()));
      array(g, "findings", report.findings(), JsonRenderer::finding);
      array(g, "notes", report.notes(), JsonRenderer::finding);
      array(g, "problems", report.problems(), JsonRenderer::problem);
      array(g, "inputs", report.inputs(), JsonRenderer::input);
      ObjectNode summary = JSON.createObjectNode();
      report.countsBySeverity().forEach((s, n) -> summary.put(s.label(), n));
      summary.put("notes", report.notes().size());
      summary.put("suppressed", report.suppressedCount()).put("baselined", report.baselinedCount());
      g.writeFieldName("summary");
      g.writeTree(summary);
      g.writeEndObject();
    }
    out.write("\n");
  }

  private static <T> void array(JsonGenerator g, String name, java.util.List<T> items,
      java.util.function.BiConsumer<ObjectNode, T> fill) throws IOException {
    g.writeArrayFieldStart(name);
    for (T item : items) {
      ObjectNode node = JSON.createObjectNode();
      fill.accept(node, item);
      g.writeTree(node);
    }
    g.writeEndArray();
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
