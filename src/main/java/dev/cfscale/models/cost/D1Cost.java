package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** D1: rows read (scanned, not returned), rows written (plus one per index updated), storage. */
final class D1Cost implements ProductCostModel {
  private static final String PRODUCT = "D1";
  private final FactsView f;

  D1Cost(FactsView facts) {
    this.f = facts;
  }

  @Override
  public List<CostLine> lines(Usage usage, Plan plan) {
    ProductUsage d1 = usage.product("d1");
    if (plan == Plan.FREE || !FactsView.any(d1)) {
      return List.of();
    }
    Meter meter = f.meter(PRODUCT, "d1");
    return List.of(
        meter.line("Rows read", "rows", d1.total("rows_read_per_month"), f.n("d1.included.paid.rowsReadPerMonth"),
            f.n("d1.pricing.usdPerMillionRowsRead"), FactsView.million(), "rows scanned, not rows returned"),
        meter.line("Rows written", "rows", d1.total("rows_written_per_month"), f.n("d1.included.paid.rowsWrittenPerMonth"),
            f.n("d1.pricing.usdPerMillionRowsWritten"), FactsView.million(), "each index on a written column adds a row"),
        meter.line("Storage", "GB-month", d1.total("storage_gb"), f.n("d1.included.paid.storageGb"),
            f.n("d1.pricing.usdPerGbMonth"), BigDecimal.ONE, ""));
  }

  @Override
  public List<Outage> outages(Usage usage, Plan plan) {
    ProductUsage d1 = usage.product("d1");
    if (plan != Plan.FREE || !FactsView.any(d1)) {
      return List.of();
    }
    List<Outage> out = new ArrayList<>();
    f.daily(PRODUCT, "Rows read", d1.total("rows_read_per_month"), "d1.included.free.rowsReadPerDay",
        "queries fail until 00:00 UTC once the daily rows-read allowance is used").ifPresent(out::add);
    f.daily(PRODUCT, "Rows written", d1.total("rows_written_per_month"), "d1.included.free.rowsWrittenPerDay",
        "writes fail until 00:00 UTC once the daily rows-written allowance is used").ifPresent(out::add);
    f.total(PRODUCT, "Storage", d1.total("storage_gb"), "d1.included.free.storageGbTotal", "account",
        "writes fail once the Free storage is full").ifPresent(out::add);
    return out;
  }
}
