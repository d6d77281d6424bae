package dev.cfscale.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Problem;
import dev.cfscale.findings.RuleDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * SARIF 2.1.0 for code-scanning dashboards: rule metadata with help text, one result per finding
 * with a partial fingerprint, and input problems as {@code toolExecutionNotifications}.
 */
public final class SarifRenderer implements Renderer {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String HEX = "0123456789ABCDEF";

  /**
   * Streams the document like {@link JsonRenderer}: the run's header, then each result and notification built as a
   * small tree and written at once, so a large report is never held as one tree and one string besides. The bytes are
   * those of the whole tree pretty-printed at once.
   */
  @Override
  public void render(Report report, Writer out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      ObjectNode tool = JSON.createObjectNode();
      ObjectNode driver = tool.putObject("driver");
      driver.put("name", "cfscale").put("version", report.toolVersion()).put("semanticVersion", report.toolVersion())
          .put("informationUri", "https://github.com/cfscale/cfscale");
      driver.putObject("properties").put("factsVersion", report.factsVersion()).put("factsAsOf", report.factsAsOf());
      Map<String, Integer> ruleIndex = new HashMap<>();
      ArrayNode rules = driver.putArray("rules");
      for (RuleDescriptor rule : report.rules()) {
        ruleIndex.put(rule.id(), ruleIndex.size());
        rule(rules.addObject(), rule);
      }
      g.writeFieldName("tool");
      g.writeTree(tool);
      g.writeFieldName("originalUriBaseIds");
      g.writeTree(JSON.createObjectNode().set("SRCROOT", JSON.createObjectNode().put("uri", "./")));
      g.writeArrayFieldStart("results");
      for (Finding f : report.findings()) {
        written(g, node -> result(node, f, ruleIndex));
      }
      if (report.listNotes()) {
        for (Finding f : report.notes()) {
          written(g, node -> result(node, f, ruleIndex)); // level "note"
        }
      }
      // findings a cfscale-ignore comment silenced: reported as suppressed in source, with the comment's reason
      for (var s : report.suppressed()) {
        written(g, r -> {
          result(r, s.finding(), ruleIndex);
          r.putArray("suppressions").addObject().put("kind", "inSource").put("justification", s.reason());
        });
      }
      g.writeEndArray();
      g.writeArrayFieldStart("invocations");
      g.writeStartObject();
      g.writeBooleanField("executionSuccessful", report.problems().stream().noneMatch(Problem::isError));
      g.writeArrayFieldStart("toolExecutionNotifications");
      for (Problem p : report.problems()) {
        written(g, node -> notification(node, p));
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write("\n");
  }

  /** One array element, built by {@code fill} and written at once. */
  private static void written(JsonGenerator g, java.util.function.Consumer<ObjectNode> fill) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    fill.accept(node);
    g.writeTree(node);
  }

  private static void rule(ObjectNode node, RuleDescriptor rule) {
    node.put("id", rule.id()).put("name", rule.id());
    node.putObject("shortDescription").put("text", rule.summary());
    node.putObject("fullDescription").put("text", rule.summary());
    node.putObject("help").put("text", rule.helpMarkdown()).put("markdown", rule.helpMarkdown());
    node.putObject("defaultConfiguration").put("level", rule.severity().sarifLevel());
    node.putObject("properties").put("severity", rule.severity().label())
        .putArray("tags").add("cloudflare").add(rule.id().substring(0, rule.id().indexOf('/')));
  }

  private static void result(ObjectNode node, Finding f, Map<String, Integer> ruleIndex) {
    node.put("ruleId", f.ruleId());
    Integer index = ruleIndex.get(f.ruleId());
    if (index != null) {
      node.put("ruleIndex", index);
    }
    node.put("level", f.severity().sarifLevel());
    node.putObject("message").put("text", f.message() + (f.fix().isEmpty() ? "" : " Fix: " + f.fix()));
    location(node.putArray("locations").addObject(), f.location());
    node.putObject("partialFingerprints").put("cfscaleFingerprint/v1", f.fingerprint());
    ObjectNode props = node.putObject("properties");
    props.put("severity", f.severity().label()).put("worker", f.worker()).put("environment", f.environmentLabel());
    ObjectNode evidence = props.putObject("evidence");
    f.evidence().forEach(evidence::put);
  }

  private static void notification(ObjectNode node, Problem p) {
    node.put("level", p.isError() ? "error" : "warning");
    node.putObject("message").put("text", p.message());
    location(node.putArray("locations").addObject(), p.location());
  }

  private static void location(ObjectNode node, Location at) {
    ObjectNode physical = node.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(at.file())).put("uriBaseId", "SRCROOT");
    physical.putObject("region").put("startLine", at.line()).put("startColumn", at.column());
  }

  /**
   * A relative path as an RFC 3986 relative reference: '/' separates segments and every byte but the unreserved
   * characters is percent-encoded, so a space, '#', '?', '%' or a colon in the first segment (read as a scheme)
   * keep their meaning as characters, and a backslash in a folder name stays a character ({@code %5C}) instead
   * of becoming a separator on Windows.
   */
  static String uri(String path) {
    StringBuilder out = new StringBuilder(path.length() + 8);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
          || c == '_' || c == '~' || c == '/';
      if (kept) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
    return out.toString();
  }
}
