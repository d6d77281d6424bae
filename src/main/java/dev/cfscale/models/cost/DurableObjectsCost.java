package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Durable Objects: requests (incoming WebSocket messages at 20:1), duration in GB-s at a full 128 MB,
 * SQLite rows and storage, key-value backend units. Billable usage above the included amount is
 * rounded up to the next unit (documented on the newer pricing page).
 */
final class DurableObjectsCost extends PaidProduct {
  private static final String PRODUCT = "Durable Objects";
  private static final String P = "durableObjects.pricing.";
  private static final String INC = "durableObjects.included.paid.";

  DurableObjectsCost(FactsView facts) {
    super(facts, "durable_objects");
  }

  @Override
  List<CostLine> paidLines(ProductUsage d, Usage usage) {
    Meter meter = f.meter(PRODUCT, "durableObjects");
    BigDecimal m = FactsView.million();
    List<CostLine> lines = new ArrayList<>();
    lines.add(meter.line("Requests", "requests", requests(d), f.n(INC + "requestsPerMonth"), f.n(P + "usdPerMillionRequests"), m,
        "incoming WebSocket messages billed " + f.n(P + "incomingWebSocketMessagesPerBilledRequest").toPlainString() + ":1"));
    lines.add(meter.line("Duration", "GB-s", gbSeconds(d), f.n(INC + "gbSecondsPerMonth"), f.n(P + "usdPerMillionGbSeconds"), m,
        "active seconds x " + f.n(P + "billedMemoryMb").toPlainString() + " MB"));
    addIfUsed(lines, d, "sqlite_rows_read_per_month", meter.line("SQLite rows read", "rows", d.total("sqlite_rows_read_per_month"),
        f.n(INC + "sqliteRowsReadPerMonth"), f.n(P + "sqlite.usdPerMillionRowsRead"), m, ""));
    addIfUsed(lines, d, "sqlite_rows_written_per_month", meter.line("SQLite rows written", "rows",
        d.total("sqlite_rows_written_per_month"), f.n(INC + "sqliteRowsWrittenPerMonth"), f.n(P + "sqlite.usdPerMillionRowsWritten"), m, ""));
    addIfUsed(lines, d, "sqlite_storage_gb_month", meter.line("SQLite storage", "GB-month", d.total("sqlite_storage_gb_month"),
        f.n(INC + "sqliteStorageGbMonth"), f.n(P + "sqlite.usdPerGbMonth"), BigDecimal.ONE, ""));
    addIfUsed(lines, d, "kv_read_units_per_month", meter.line("KV-backend read units", "4 KB units", d.total("kv_read_units_per_month"),
        f.n(INC + "kvReadUnitsPerMonth"), f.n(P + "kvBackend.usdPerMillionReadUnits"), m, ""));
    addIfUsed(lines, d, "kv_write_units_per_month", meter.line("KV-backend write units", "4 KB units",
        d.total("kv_write_units_per_month"), f.n(INC + "kvWriteUnitsPerMonth"), f.n(P + "kvBackend.usdPerMillionWriteUnits"), m, ""));
    addIfUsed(lines, d, "kv_deletes_per_month", meter.line("KV-backend deletes", "deletes", d.total("kv_deletes_per_month"),
        f.n(INC + "kvDeletesPerMonth"), f.n(P + "kvBackend.usdPerMillionDeletes"), m, ""));
    addIfUsed(lines, d, "kv_storage_gb", meter.line("KV-backend storage", "GB-month", d.total("kv_storage_gb"),
        f.n(INC + "kvStorageGb"), f.n(P + "kvBackend.usdPerGbMonth"), BigDecimal.ONE, ""));
    return lines;
  }

  @Override
  List<Outage> freeOutages(ProductUsage d, Usage usage) {
    String free = "durableObjects.included.free.";
    List<Outage> out = new ArrayList<>();
    f.daily(PRODUCT, "Requests", requests(d), free + "requestsPerDay", "requests fail until 00:00 UTC").ifPresent(out::add);
    f.daily(PRODUCT, "Duration", gbSeconds(d), free + "gbSecondsPerDay", "requests fail until 00:00 UTC").ifPresent(out::add);
    f.daily(PRODUCT, "SQLite rows read", d.total("sqlite_rows_read_per_month"), free + "sqliteRowsReadPerDay",
        "storage reads fail until 00:00 UTC").ifPresent(out::add);
    f.daily(PRODUCT, "SQLite rows written", d.total("sqlite_rows_written_per_month"), free + "sqliteRowsWrittenPerDay",
        "storage writes fail until 00:00 UTC").ifPresent(out::add);
    return out;
  }

  private BigDecimal requests(ProductUsage d) {
    BigDecimal ratio = f.n(P + "incomingWebSocketMessagesPerBilledRequest");
    return d.total("requests_per_month").add(d.total("websocket_messages_per_month").divide(ratio, MathContext.DECIMAL128));
  }

  /** seconds x 128 MB / 1,000 MB per GB, as the published examples compute it. */
  private BigDecimal gbSeconds(ProductUsage d) {
    return d.total("active_seconds_per_month").multiply(f.n(P + "billedMemoryMb"))
        .divide(f.n(P + "megabytesPerGigabyte"), MathContext.DECIMAL128);
  }

  private static void addIfUsed(List<CostLine> lines, ProductUsage d, String key, CostLine line) {
    if (d.has(key)) {
      lines.add(line);
    }
  }
}
