package dev.cfscale.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cfscale.models.profile.UsedAssumption;
import dev.cfscale.models.cache.CacheWhatIf;
import dev.cfscale.models.capacity.CapacityLimit;
import dev.cfscale.models.profile.ProfileLine;
import dev.cfscale.models.profile.RouteProfile;
import dev.cfscale.models.tiers.TierCost;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The plan as JSON (docs/plan-json.md): stable field names, units in the names, decimals as numbers. */
public final class PlanJsonRenderer implements PlanRenderer {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void render(PlanReport report, Writer out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("schemaVersion", 1);
    root.putObject("tool").put("name", "cfscale").put("version", report.toolVersion());
    root.putObject("facts").put("version", report.factsVersion()).put("asOf", report.factsAsOf());
    root.put("plan", report.plan());
    ArrayNode assumptions = root.putArray("assumptions");
    (report.profileOnly() ? report.profile().assumptions() : report.result().assumptions())
        .forEach(a -> assumption(assumptions.addObject(), a));
    ArrayNode profile = root.putArray("profile");
    report.profile().routes().forEach(r -> route(profile.addObject(), r));
    root.putPOJO("notes", report.profile().notes());
    if (!report.profileOnly()) {
      ArrayNode tiers = root.putArray("tiers");
      report.tiers().forEach(t -> tier(tiers.addObject(), t));
      capacity(root.putObject("capacity"), report);
      ArrayNode caching = root.putArray("caching");
      report.caching().forEach(c -> cache(caching.addObject(), c));
    }
    ArrayNode problems = root.putArray("problems");
    report.problems().forEach(p -> problems.addObject().put("file", p.location().file()).put("line", p.location().line())
        .put("column", p.location().column()).put("message", p.message()));
    out.write(JSON.writeValueAsString(root));
    out.write("\n");
  }

  static BigDecimal num(BigDecimal v) {
    BigDecimal s = v.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static void assumption(ObjectNode n, UsedAssumption a) {
    n.put("key", a.key()).put("value", num(a.value())).put("unit", a.unit()).put("source", a.source());
  }

  private static void route(ObjectNode n, RouteProfile r) {
    n.put("worker", r.worker()).put("entry", r.entry()).put("kind", r.kind())
        .put("location", r.location().toString()).put("drivenBy", r.drivenBy())
        .put("invocationsPerProjectRequest", num(r.perProjectRequest())).put("invocationsPerDayFixed", num(r.fixedPerDay()));
    assumption(n.putObject("share"), r.share());
    ArrayNode lines = n.putArray("lines");
    for (ProfileLine l : r.lines()) {
      ObjectNode line = lines.addObject().put("meter", l.meter().id()).put("unit", l.meter().unit()).put("operation", l.operation())
          .put("resource", l.resource()).put("expectedPerInvocation", num(l.expected())).put("worstPerInvocation", num(l.worst())).put("parallel", l.parallel())
          .put("location", l.location().toString()).put("detail", l.detail());
      line.putObject("key").put("shape", l.keyShape()).put("text", l.keyText()).put("shared", l.sharedKey());
      line.putPOJO("assumptions", l.assumptions());
    }
  }

  private static void tier(ObjectNode n, TierCost t) {
    n.put("requestsPerDay", t.requestsPerDay()).put("peakRequestsPerSecond", num(t.peakRequestsPerSecond()))
        .put("totalUsd", t.estimate().totalCents()).put("totalUsdExact", t.estimate().total().stripTrailingZeros().toPlainString());
    ArrayNode products = n.putArray("products");
    t.estimate().totalsByProduct().forEach((p, usd) -> products.addObject().put("product", p)
        .put("monthlyUsd", usd.setScale(2, RoundingMode.HALF_UP)));
    ArrayNode lines = n.putArray("lines");
    t.estimate().lines().forEach(l -> lines.addObject().put("product", l.product()).put("item", l.item()).put("unit", l.unit())
        .put("quantity", num(l.quantity())).put("included", num(l.included())).put("billable", num(l.billable()))
        .put("unitPriceUsd", l.unitPrice()).put("priceUnit", l.priceUnit()).put("monthlyUsd", l.amountCents()));
    ArrayNode outages = n.putArray("outages");
    t.estimate().outages().forEach(o -> outages.addObject().put("product", o.product()).put("item", o.item())
        .put("usage", num(o.usage())).put("limit", o.limit()).put("per", o.per()).put("consequence", o.consequence()));
    ArrayNode routes = n.putArray("routeCosts");
    t.routeCosts().forEach(c -> routes.addObject().put("route", c.route()).put("product", c.product())
        .put("monthlyUsd", c.monthlyUsd().setScale(2, RoundingMode.HALF_UP)).put("shareOfProduct", num(c.shareOfProduct())));
  }

  private static void capacity(ObjectNode n, PlanReport report) {
    n.put("headline", report.capacity().headline()).put("peakToAverage", num(report.capacity().peakToAverage()));
    report.capacity().first().ifPresent(f -> n.putObject("first").put("name", f.name()).put("resource", f.resource()));
    ArrayNode limits = n.putArray("limits");
    for (CapacityLimit l : report.capacity().limits()) {
      ObjectNode o = limits.addObject().put("name", l.name()).put("resource", l.resource())
          .put("kind", l.kind().name().toLowerCase(java.util.Locale.ROOT)).put("limit", num(l.limit())).put("limitUnit", l.limitUnit())
          .put("factKey", l.factKey()).put("source", l.source()).put("usePerRequest", num(l.usePerRequest()))
          .put("passes", l.passes()).put("drivenBy", l.drivenBy());
      l.breaksAtPeakRps().ifPresentOrElse(b -> o.put("breaksAtPeakRequestsPerSecond", num(b)), () -> o.putNull("breaksAtPeakRequestsPerSecond"));
      l.breaksAtRequestsPerDay().ifPresentOrElse(b -> o.put("breaksAtRequestsPerDay", num(b)), () -> o.putNull("breaksAtRequestsPerDay"));
      ArrayNode headroom = o.putArray("headroomByTier");
      for (TierCost t : report.tiers()) {
        ObjectNode h = headroom.addObject().put("requestsPerDay", t.requestsPerDay());
        l.headroomAt(t.peakRequestsPerSecond()).ifPresentOrElse(v -> h.put("headroom", num(v)), () -> h.putNull("headroom"));
      }
    }
  }

  private static void cache(ObjectNode n, CacheWhatIf c) {
    n.put("route", c.route()).put("reads", c.reads()).put("ttlSeconds", num(c.ttlSeconds()))
        .put("keys", c.keys()).put("zipfExponent", num(c.zipfExponent())).put("summary", c.summary())
        .put("boundLimitIsFirstBreak", c.boundLimitIsFirst());
    c.boundLimit().ifPresentOrElse(b -> n.put("boundLimit", b), () -> n.putNull("boundLimit"));
    c.breakBeforeRps().ifPresentOrElse(b -> n.put("breakBeforePeakRequestsPerSecond", num(b)),
        () -> n.putNull("breakBeforePeakRequestsPerSecond"));
    c.breakAfterRps().ifPresentOrElse(b -> n.put("breakAfterPeakRequestsPerSecond", num(b)),
        () -> n.putNull("breakAfterPeakRequestsPerSecond"));
    ArrayNode tiers = n.putArray("tiers");
    c.tiers().forEach(t -> tiers.addObject().put("requestsPerDay", t.requestsPerDay())
        .put("routeRequestsPerSecond", num(t.routeRequestsPerSecond())).put("hitRatio", num(t.hitRatio()))
        .put("d1RowsReadPerMonthBefore", num(t.d1RowsReadBefore())).put("d1RowsReadPerMonthAfter", num(t.d1RowsReadAfter()))
        .put("monthlyUsdBefore", t.monthlyUsdBefore().setScale(2, RoundingMode.HALF_UP))
        .put("monthlyUsdAfter", t.monthlyUsdAfter().setScale(2, RoundingMode.HALF_UP)));
  }
}
