package dev.cfscale.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cfscale.models.cost.CostEstimate;
import dev.cfscale.models.cost.CostLine;
import java.io.IOException;
import java.io.Writer;
import java.math.RoundingMode;

/** The cost report as JSON: exact amounts as decimal strings, cents as numbers. */
public final class CostJsonRenderer implements CostRenderer {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void render(CostReport report, Writer out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("tool").put("name", "cfscale").put("version", report.toolVersion());
    root.putObject("facts").put("version", report.factsVersion()).put("asOf", report.factsAsOf());
    root.put("plan", report.plan());
    report.estimate().ifPresent(e -> estimate(root.putObject("estimate"), e));
    ArrayNode tiers = root.putArray("tiers");
    report.tiers().forEach(t -> {
      ObjectNode node = tiers.addObject().put("requestsPerDay", t.requestsPerDay())
          .put("scale", t.scale().setScale(6, RoundingMode.HALF_UP).toPlainString());
      estimate(node.putObject("estimate"), t.estimate());
    });
    ArrayNode prices = root.putArray("unitPrices");
    report.unitPrices().forEach(l -> line(prices.addObject(), l));
    ArrayNode problems = root.putArray("problems");
    report.problems().forEach(p -> problems.addObject().put("file", p.location().file()).put("line", p.location().line())
        .put("column", p.location().column()).put("message", p.message()));
    out.write(JSON.writeValueAsString(root));
    out.write("\n");
  }

  private static void estimate(ObjectNode node, CostEstimate e) {
    node.put("totalUsd", e.totalCents()).put("totalUsdExact", e.total().toPlainString());
    ArrayNode lines = node.putArray("lines");
    e.lines().forEach(l -> line(lines.addObject(), l));
    ArrayNode outages = node.putArray("outages");
    e.outages().forEach(o -> outages.addObject().put("product", o.product()).put("item", o.item())
        .put("usage", o.usage().setScale(2, RoundingMode.HALF_UP)).put("limit", o.limit()).put("per", o.per())
        .put("consequence", o.consequence()));
  }

  private static void line(ObjectNode node, CostLine l) {
    node.put("product", l.product()).put("item", l.item()).put("unit", l.unit())
        .put("quantity", l.quantity().stripTrailingZeros().toPlainString())
        .put("included", l.included().stripTrailingZeros().toPlainString())
        .put("billable", l.billable().stripTrailingZeros().toPlainString())
        .put("unitPriceUsd", l.unitPrice().toPlainString()).put("priceUnit", l.priceUnit().toPlainString())
        .put("amountUsd", l.amountCents()).put("amountUsdExact", l.amount().stripTrailingZeros().toPlainString())
        .put("assumption", l.assumption()).put("billing", l.billingNote());
  }
}
