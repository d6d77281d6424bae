package dev.cfscale.render;

import dev.cfscale.models.cache.CacheWhatIf;
import dev.cfscale.models.capacity.CapacityLimit;
import dev.cfscale.models.capacity.Numbers;
import dev.cfscale.models.cost.Outage;
import dev.cfscale.models.profile.ProfileLine;
import dev.cfscale.models.profile.RouteProfile;
import dev.cfscale.models.profile.UsedAssumption;
import dev.cfscale.models.tiers.RouteCost;
import dev.cfscale.models.tiers.TierCost;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The plan as text: the load profile per entry, the assumptions, the cost per tier, the capacity table and the caching what-if. */
public final class PlanTextRenderer implements PlanRenderer {

  @Override
  public void render(PlanReport report, Writer raw) throws IOException {
    Writer out = Printable.writer(raw); // strings from the project with their control characters escaped
    print(report, out);
    out.flush();
  }

  private void print(PlanReport report, Writer out) throws IOException {
    for (var p : report.problems()) {
      out.write(p.location() + ": " + (p.isError() ? "error" : "warning") + ": " + p.message() + "\n");
    }
    profile(report, out);
    assumptions(report.profileOnly() ? report.profile().assumptions() : report.result().assumptions(), out);
    if (!report.profileOnly()) {
      tiers(report.tiers(), out);
      capacity(report, out);
      caching(report.caching(), out);
    }
    out.write("\nPlan: " + report.plan() + ". Limits and prices from Cloudflare facts " + report.factsVersion() + " (as of "
        + report.factsAsOf() + "); cfscale " + report.toolVersion() + ".\n");
  }

  private static void profile(PlanReport report, Writer out) throws IOException {
    out.write("Load profile: what one invocation of each entry point uses (expected, and worst case with every branch taken)\n");
    for (RouteProfile r : report.profile().routes()) {
      out.write("\n" + r.entry() + "  (" + r.worker() + ", " + r.location() + "): " + r.drivenBy() + "\n");
      if (r.lines().isEmpty()) {
        out.write("  no platform operation\n");
        continue;
      }
      Table t = new Table("  Meter", "Resource", "Expected", "Worst", "Unit", "Code");
      for (ProfileLine l : r.lines()) {
        t.row("  " + l.meter().id(), PlanFormat.resource(l), PlanFormat.count(l.expected()), PlanFormat.count(l.worst()), l.meter().unit(),
            l.location().file() + ":" + l.location().line() + " " + PlanFormat.shorten(l.detail(), 70));
      }
      out.write(t.render());
    }
    for (String note : report.profile().notes()) {
      out.write("  note: " + note + "\n");
    }
  }

  private static void assumptions(List<UsedAssumption> assumptions, Writer out) throws IOException {
    out.write("\nAssumptions (give a workload file to change them; see workload.example.yml):\n");
    Table t = new Table("Key", "Value", "Unit", "Source");
    for (UsedAssumption a : assumptions) {
      t.row(a.key(), PlanFormat.count(a.value()), a.unit(), a.source());
    }
    out.write(t.render());
  }

  private static void tiers(List<TierCost> tiers, Writer out) throws IOException {
    if (tiers.isEmpty()) {
      return;
    }
    Set<String> products = new LinkedHashSet<>();
    tiers.forEach(t -> products.addAll(t.estimate().totalsByProduct().keySet()));
    String[] header = new String[tiers.size() + 1];
    header[0] = "Requests per day";
    for (int i = 0; i < tiers.size(); i++) {
      header[i + 1] = PlanFormat.tier(tiers.get(i).requestsPerDay());
    }
    Table t = new Table(header);
    String[] peak = new String[tiers.size() + 1];
    peak[0] = "Peak req/s";
    for (int i = 0; i < tiers.size(); i++) {
      peak[i + 1] = Numbers.rate(tiers.get(i).peakRequestsPerSecond());
    }
    t.row(peak);
    TierRows.add(t, products, tiers.stream().map(TierCost::estimate).toList());
    out.write("\nMonthly cost per traffic tier (the profile times each tier's requests, priced by the cost engine):\n");
    out.write(t.render());
    TierCost last = tiers.get(tiers.size() - 1);
    if (!last.routeCosts().isEmpty()) {
      out.write("Where the money goes at " + PlanFormat.tier(last.requestsPerDay()) + " req/day:\n");
    }
    last.routeCosts().stream().filter(c -> c.monthlyUsd().compareTo(BigDecimal.ONE.movePointLeft(2)) >= 0)
        .sorted(Comparator.comparing(RouteCost::monthlyUsd).reversed()).limit(8)
        .forEach(c -> write(out, "  " + c.route() + " costs " + PlanFormat.percent(c.shareOfProduct()) + " of the " + c.product()
            + " bill (" + CostFormat.money(c.monthlyUsd()) + "/month)\n"));
    for (TierCost tier : tiers) {
      for (Outage o : tier.estimate().outages()) {
        out.write("  ! at " + PlanFormat.tier(tier.requestsPerDay()) + " req/day: " + o.product() + " / " + o.item()
            + " exceeds the Free allowance: " + o.consequence() + "\n");
      }
    }
  }

  private static void capacity(PlanReport report, Writer out) throws IOException {
    out.write("\nCapacity: " + report.capacity().headline() + "\n");
    List<TierCost> tiers = report.tiers();
    String[] header = new String[6 + tiers.size()];
    String[] fixed = {"Limit", "Resource", "Limit value", "Use per request", "Breaks at (peak)", "Daily traffic"};
    System.arraycopy(fixed, 0, header, 0, fixed.length);
    for (int i = 0; i < tiers.size(); i++) {
      header[6 + i] = "@" + PlanFormat.tier(tiers.get(i).requestsPerDay());
    }
    Table t = new Table(header);
    for (CapacityLimit l : report.capacity().limits()) {
      String[] row = new String[header.length];
      row[0] = l.name();
      row[1] = PlanFormat.shorten(l.resource(), 48);
      row[2] = Numbers.plain(l.limit()) + " " + PlanFormat.shorten(l.limitUnit(), 28);
      row[3] = PlanFormat.count(l.usePerRequest());
      row[4] = PlanFormat.breaksAt(l);
      row[5] = PlanFormat.perDay(l);
      for (int i = 0; i < tiers.size(); i++) {
        row[6 + i] = PlanFormat.headroom(l, tiers.get(i).peakRequestsPerSecond());
      }
      t.row(row);
    }
    out.write("Limits sorted by headroom (xN = breaking rate over the tier's peak rate; below x1 the limit is exceeded):\n");
    out.write(t.render());
  }

  private static void caching(List<CacheWhatIf> caching, Writer out) throws IOException {
    if (caching.isEmpty()) {
      return;
    }
    out.write("\nCaching what-if (closed-form hit ratios, TTL set on a miss, Zipf popularity):\n");
    for (CacheWhatIf c : caching) {
      out.write("\n  " + c.summary() + "\n");
      out.write("  (" + c.reads() + "; " + c.keys() + (c.keys() == 1 ? " key" : " keys, Zipf exponent " + Numbers.plain(c.zipfExponent()))
          + ")\n");
      Table t = new Table("  Requests per day", "Route req/s", "Hit ratio", "D1 rows read/month", "with cache", "Monthly bill", "with cache");
      for (CacheWhatIf.TierEffect e : c.tiers()) {
        t.row("  " + PlanFormat.tier(e.requestsPerDay()), Numbers.rate(e.routeRequestsPerSecond()), Numbers.plain(e.hitRatio()),
            Numbers.count(e.d1RowsReadBefore()), Numbers.count(e.d1RowsReadAfter()), CostFormat.money(e.monthlyUsdBefore()),
            CostFormat.money(e.monthlyUsdAfter()));
      }
      out.write(t.render());
    }
  }

  private static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
