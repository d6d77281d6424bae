package dev.cfscale.render;

import dev.cfscale.models.cost.CostEstimate;
import dev.cfscale.models.cost.CostLine;
import dev.cfscale.models.cost.Outage;
import dev.cfscale.models.cost.TierProjection;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The cost report as aligned text tables. */
public final class CostTextRenderer implements CostRenderer {

  @Override
  public void render(CostReport report, Writer raw) throws IOException {
    Writer out = Printable.writer(raw); // strings from the project with their control characters escaped
    print(report, out);
    out.flush();
  }

  private void print(CostReport report, Writer out) throws IOException {
    for (var p : report.problems()) {
      out.write(p.location() + ": " + (p.isError() ? "error" : "warning") + ": " + p.message() + "\n");
    }
    if (report.estimate().isEmpty() && report.tiers().isEmpty()) {
      prices(report.unitPrices(), out);
    }
    if (report.estimate().isPresent()) {
      estimate(report.estimate().get(), out);
    }
    if (!report.tiers().isEmpty()) {
      tiers(report.tiers(), out);
    }
    out.write("\nPlan: " + report.plan() + ". Prices from Cloudflare facts " + report.factsVersion() + " (as of "
        + report.factsAsOf() + "); cfscale " + report.toolVersion() + ".\n");
  }

  private static void prices(List<CostLine> lines, Writer out) throws IOException {
    out.write("No usage file: costs depend on usage. Unit prices of the products this project binds:\n\n");
    Table t = new Table("Product", "Item", "Included per month", "Price");
    lines.forEach(l -> t.row(l.product(), l.item(), CostFormat.included(l), CostFormat.price(l)));
    out.write(t.render());
    out.write("\nGive a usage file (--usage usage.yml, see usage.example.yml) for a priced estimate.\n");
  }

  private static void estimate(CostEstimate estimate, Writer out) throws IOException {
    List<String> notes = new java.util.ArrayList<>();
    Table t = new Table("Product", "Item", "Quantity", "Included", "Billable", "Price", "Monthly");
    for (CostLine l : estimate.lines()) {
      t.row(l.product(), l.item(), CostFormat.quantity(l.quantity()), CostFormat.quantity(l.included()),
          CostFormat.quantity(l.billable()), CostFormat.price(l), CostFormat.money(l.amount()));
    }
    t.row("Total", "", "", "", "", "", CostFormat.money(estimate.total()));
    out.write(t.render());
    for (CostLine l : estimate.lines()) {
      if (!l.assumption().isBlank() && l.quantity().signum() > 0) {
        out.write("  * " + l.product() + " / " + l.item() + ": " + l.assumption() + "\n");
      }
    }
    java.util.Map<String, String> billing = new java.util.LinkedHashMap<>();
    estimate.lines().forEach(l -> billing.putIfAbsent(l.product(), l.billingNote()));
    billing.forEach((product, note) -> {
      if (!note.isBlank()) {
        notes.add("  * " + product + ": " + note);
      }
    });
    for (String n : notes) {
      out.write(n + "\n");
    }
    for (Outage o : estimate.outages()) {
      out.write("  ! " + o.product() + " / " + o.item() + ": " + CostFormat.quantity(o.usage()) + " per " + o.per()
          + " exceeds the Free allowance of " + CostFormat.quantity(o.limit()) + ": " + o.consequence() + "\n");
    }
  }

  private static void tiers(List<TierProjection.Tier> tiers, Writer out) throws IOException {
    Set<String> products = new LinkedHashSet<>();
    tiers.forEach(t -> products.addAll(t.estimate().totalsByProduct().keySet()));
    String[] header = new String[tiers.size() + 1];
    header[0] = "Requests per day";
    for (int i = 0; i < tiers.size(); i++) {
      header[i + 1] = CostFormat.quantity(BigDecimal.valueOf(tiers.get(i).requestsPerDay()));
    }
    Table t = new Table(header);
    TierRows.add(t, products, tiers.stream().map(TierProjection.Tier::estimate).toList());
    out.write("\nProjected monthly cost by traffic tier (usage scaled linearly from the usage file):\n");
    out.write(t.render());
    for (TierProjection.Tier tier : tiers) {
      for (Outage o : tier.estimate().outages()) {
        out.write("  ! at " + CostFormat.quantity(BigDecimal.valueOf(tier.requestsPerDay())) + " req/day: " + o.product()
            + " / " + o.item() + " exceeds the Free allowance: " + o.consequence() + "\n");
      }
    }
  }
}
