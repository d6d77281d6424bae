package dev.cfscale.models.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * The products billed by plain meters, as data: every quantity is a usage key, every number a facts key
 * (section 5 of shared/style.md: code holds no price). Lines and allowances are listed in report order.
 */
final class Meters {
  private Meters() {}

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);

  /** One billed item: {@code usageKey} units less {@code includedKey} ("" for none), priced per {@code priceUnit}. */
  record Line(String item, String unit, String usageKey, String includedKey, String priceKey, BigDecimal priceUnit, String assumption) {}

  /** A Free-plan allowance: per "day" (daily average of the monthly usage) or per a fixed scope such as "account". */
  record Allowance(String item, String usageKey, String limitKey, String per, String consequence) {}

  /** A product: its report name, its usage-file section, its facts-file section, its lines and Free allowances. */
  record Spec(String product, String usageName, String factsProduct, List<Line> lines, List<Allowance> freeAllowances) {}

  static final Spec KV = new Spec("KV", "kv", "kv", List.of(
      new Line("Reads", "operations", "reads_per_month", "kv.included.paid.readsPerMonth", "kv.pricing.usdPerMillionReads", MILLION, ""),
      new Line("Writes", "operations", "writes_per_month", "kv.included.paid.writesPerMonth", "kv.pricing.usdPerMillionWrites", MILLION, ""),
      new Line("Deletes", "operations", "deletes_per_month", "kv.included.paid.deletesPerMonth", "kv.pricing.usdPerMillionDeletes",
          MILLION, ""),
      new Line("Lists", "operations", "lists_per_month", "kv.included.paid.listsPerMonth", "kv.pricing.usdPerMillionLists", MILLION, ""),
      new Line("Storage", "GB-month", "storage_gb", "kv.included.paid.storageGb", "kv.pricing.usdPerGbMonth", BigDecimal.ONE, "")),
      List.of(
          new Allowance("Reads", "reads_per_month", "kv.included.free.readsPerDay", "day", "reads beyond the daily allowance fail until 00:00 UTC"),
          new Allowance("Writes", "writes_per_month", "kv.included.free.writesPerDay", "day",
              "writes beyond the daily allowance fail until 00:00 UTC"),
          new Allowance("Deletes", "deletes_per_month", "kv.included.free.deletesPerDay", "day",
              "deletes beyond the daily allowance fail until 00:00 UTC"),
          new Allowance("Lists", "lists_per_month", "kv.included.free.listsPerDay", "day", "lists beyond the daily allowance fail until 00:00 UTC"),
          new Allowance("Storage", "storage_gb", "kv.included.free.storageGb", "account", "writes fail once the Free storage is full")));

  static final Spec D1 = new Spec("D1", "d1", "d1", List.of(
      new Line("Rows read", "rows", "rows_read_per_month", "d1.included.paid.rowsReadPerMonth", "d1.pricing.usdPerMillionRowsRead", MILLION,
          "rows scanned, not rows returned"),
      new Line("Rows written", "rows", "rows_written_per_month", "d1.included.paid.rowsWrittenPerMonth", "d1.pricing.usdPerMillionRowsWritten",
          MILLION, "each index on a written column adds a row"),
      new Line("Storage", "GB-month", "storage_gb", "d1.included.paid.storageGb", "d1.pricing.usdPerGbMonth", BigDecimal.ONE, "")),
      List.of(
          new Allowance("Rows read", "rows_read_per_month", "d1.included.free.rowsReadPerDay", "day",
              "queries fail until 00:00 UTC once the daily rows-read allowance is used"),
          new Allowance("Rows written", "rows_written_per_month", "d1.included.free.rowsWrittenPerDay", "day",
              "writes fail until 00:00 UTC once the daily rows-written allowance is used"),
          new Allowance("Storage", "storage_gb", "d1.included.free.storageGbTotal", "account", "writes fail once the Free storage is full")));

  static final Spec WORKFLOWS = new Spec("Workflows", "workflows", "workflows", List.of(
      new Line("Steps", "steps", "steps_per_month", "workflows.included.paid.stepsPerMonth", "workflows.pricing.usdPer100kSteps",
          HUNDRED_THOUSAND, "retries and rollback handlers are not counted"),
      new Line("Storage", "GB-month", "storage_gb_month", "workflows.included.paid.storageGbMonth", "workflows.pricing.usdPerGbMonthStorage",
          BigDecimal.ONE, "")),
      List.of(new Allowance("Steps", "steps_per_month", "workflows.included.free.stepsPerDay", "day",
          "steps beyond the daily allowance fail until 00:00 UTC")));

  static final Spec HYPERDRIVE = new Spec("Hyperdrive", "hyperdrive", "hyperdrive", List.of(
      new Line("Queries", "query", "queries_per_month", "", "hyperdrive.pricing.usdPerQuery", BigDecimal.ONE,
          "included in Workers Paid; your database's own costs are not modelled")),
      List.of(new Allowance("Queries", "queries_per_month", "hyperdrive.included.free.queriesPerDay", "day",
          "queries fail beyond the daily allowance until 00:00 UTC")));
}
