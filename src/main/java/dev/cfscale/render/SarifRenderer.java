package dev.cfscale.render;

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

  @Override
  public void render(Report report, Writer out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SCHEMA).put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "cfscale").put("version", report.toolVersion()).put("semanticVersion", report.toolVersion())
        .put("informationUri", "https://github.com/cfscale/cfscale");
    driver.putObject("properties").put("factsVersion", report.factsVersion()).put("factsAsOf", report.factsAsOf());
    Map<String, Integer> ruleIndex = new HashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (RuleDescriptor rule : report.rules()) {
      ruleIndex.put(rule.id(), ruleIndex.size());
      rule(rules.addObject(), rule);
    }
    run.putObject("originalUriBaseIds").putObject("SRCROOT").put("uri", "./");
    ArrayNode results = run.putArray("results");
    report.findings().forEach(f -> result(results.addObject(), f, ruleIndex));
    if (report.listNotes()) {
      report.notes().forEach(f -> result(results.addObject(), f, ruleIndex)); // level "note"
    }
    // findings a cfscale-ignore comment silenced: reported as suppressed in source, with the comment's reason
    for (var s : report.suppressed()) {
      ObjectNode r = results.addObject();
      result(r, s.finding(), ruleIndex);
      r.putArray("suppressions").addObject().put("kind", "inSource").put("justification", s.reason());
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", report.problems().stream().noneMatch(Problem::isError));
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    report.problems().forEach(p -> notification(notifications.addObject(), p));
    out.write(JSON.writeValueAsString(root));
    out.write("\n");
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
