package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import java.util.ArrayList;
import java.util.List;

/** Workers KV: reads, writes, deletes and lists per key, and stored GB. */
final class KvCost implements ProductCostModel {
  private static final String PRODUCT = "KV";
  /** usage key, line name, included key (Paid monthly), price key, Free daily key. */
  private static final String[][] OPERATIONS = {
      {"reads_per_month", "Reads", "kv.included.paid.readsPerMonth", "kv.pricing.usdPerMillionReads", "kv.included.free.readsPerDay"},
      {"writes_per_month", "Writes", "kv.included.paid.writesPerMonth", "kv.pricing.usdPerMillionWrites", "kv.included.free.writesPerDay"},
      {"deletes_per_month", "Deletes", "kv.included.paid.deletesPerMonth", "kv.pricing.usdPerMillionDeletes", "kv.included.free.deletesPerDay"},
      {"lists_per_month", "Lists", "kv.included.paid.listsPerMonth", "kv.pricing.usdPerMillionLists", "kv.included.free.listsPerDay"}};
  private final FactsView f;

  KvCost(FactsView facts) {
    this.f = facts;
  }

  @Override
  public List<CostLine> lines(Usage usage, Plan plan) {
    ProductUsage kv = usage.product("kv");
    if (plan == Plan.FREE || !FactsView.any(kv)) {
      return List.of();
    }
    Meter meter = f.meter(PRODUCT, "kv");
    List<CostLine> lines = new ArrayList<>();
    for (String[] op : OPERATIONS) {
      lines.add(meter.line(op[1], "operations", kv.total(op[0]), f.n(op[2]), f.n(op[3]), FactsView.million(), ""));
    }
    lines.add(meter.line("Storage", "GB-month", kv.total("storage_gb"), f.n("kv.included.paid.storageGb"),
        f.n("kv.pricing.usdPerGbMonth"), java.math.BigDecimal.ONE, ""));
    return lines;
  }

  @Override
  public List<Outage> outages(Usage usage, Plan plan) {
    ProductUsage kv = usage.product("kv");
    if (plan != Plan.FREE || !FactsView.any(kv)) {
      return List.of();
    }
    List<Outage> out = new ArrayList<>();
    for (String[] op : OPERATIONS) {
      f.daily(PRODUCT, op[1], kv.total(op[0]), op[4], op[1].toLowerCase(java.util.Locale.ROOT)
          + " beyond the daily allowance fail until 00:00 UTC").ifPresent(out::add);
    }
    f.total(PRODUCT, "Storage", kv.total("storage_gb"), "kv.included.free.storageGb", "account",
        "writes fail once the Free storage is full").ifPresent(out::add);
    return out;
  }
}
