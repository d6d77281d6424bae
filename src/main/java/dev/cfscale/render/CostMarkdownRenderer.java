package dev.cfscale.render;

import dev.cfscale.models.cost.CostLine;
import dev.cfscale.models.cost.Outage;
import dev.cfscale.models.cost.TierProjection;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** The cost report as Markdown tables, for pull requests and docs. */
public final class CostMarkdownRenderer implements CostRenderer {

  @Override
  public void render(CostReport report, Writer raw) throws IOException {
    Writer out = Printable.writer(raw); // strings from the project with their control characters escaped
    print(report, out);
    out.flush();
  }

  private void print(CostReport report, Writer out) throws IOException {
    out.write("# Cloudflare cost estimate (" + report.plan() + " plan)\n\n");
    if (report.estimate().isEmpty() && report.tiers().isEmpty()) {
      out.write("No usage file: costs depend on usage.\n\n| Product | Item | Included per month | Price |\n|---|---|---:|---|\n");
      for (CostLine l : report.unitPrices()) {
        out.write("| " + l.product() + " | " + l.item() + " | " + CostFormat.included(l) + " | " + CostFormat.price(l) + " |\n");
      }
    }
    if (report.estimate().isPresent()) {
      out.write("| Product | Item | Quantity | Included | Billable | Price | Monthly |\n|---|---|---:|---:|---:|---|---:|\n");
      for (CostLine l : report.estimate().get().lines()) {
        out.write("| " + l.product() + " | " + l.item() + " | " + CostFormat.quantity(l.quantity()) + " | "
            + CostFormat.quantity(l.included()) + " | " + CostFormat.quantity(l.billable()) + " | " + CostFormat.price(l)
            + " | " + CostFormat.money(l.amount()) + " |\n");
      }
      out.write("| **Total** | | | | | | **" + CostFormat.money(report.estimate().get().total()) + "** |\n");
      for (Outage o : report.estimate().get().outages()) {
        out.write("\n- **" + o.product() + " / " + o.item() + "**: " + o.consequence());
      }
      out.write("\n");
    }
    if (!report.tiers().isEmpty()) {
      tiers(report, out);
    }
    out.write("\nPrices from Cloudflare facts " + report.factsVersion() + " (as of " + report.factsAsOf() + ").\n");
  }

  private static void tiers(CostReport report, Writer out) throws IOException {
    Set<String> products = new LinkedHashSet<>();
    report.tiers().forEach(t -> products.addAll(t.estimate().totalsByProduct().keySet()));
    StringBuilder header = new StringBuilder("\n## Cost by traffic tier\n\n| Product |");
    StringBuilder rule = new StringBuilder("|---|");
    for (TierProjection.Tier t : report.tiers()) {
      header.append(' ').append(CostFormat.quantity(BigDecimal.valueOf(t.requestsPerDay()))).append(" req/day |");
      rule.append("---:|");
    }
    out.write(header + "\n" + rule + "\n");
    for (String product : products) {
      StringBuilder row = new StringBuilder("| " + product + " |");
      report.tiers().forEach(t -> row.append(' ')
          .append(CostFormat.money(t.estimate().totalsByProduct().getOrDefault(product, BigDecimal.ZERO))).append(" |"));
      out.write(row + "\n");
    }
    StringBuilder total = new StringBuilder("| **Total** |");
    report.tiers().forEach(t -> total.append(" **").append(CostFormat.money(t.estimate().total())).append("** |"));
    out.write(total + "\n");
  }
}
