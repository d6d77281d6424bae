package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * R2: Standard and Infrequent Access storage, Class A and B operations, IA retrieval. Usage is
 * rounded up to the next billing unit (documented); the free tier covers Standard only; IA objects
 * are billed for at least the minimum storage duration. R2 is billed the same on both Workers plans.
 */
final class R2Cost implements ProductCostModel {
  private static final String PRODUCT = "R2";
  private static final String STD = "r2.pricing.standard.";
  private static final String IA = "r2.pricing.infrequentAccess.";
  private static final String FREE = "r2.included.allPlansStandardOnly.";
  private final FactsView f;

  R2Cost(FactsView facts) {
    this.f = facts;
  }

  @Override
  public List<CostLine> lines(Usage usage, Plan plan) {
    ProductUsage r2 = usage.product("r2");
    if (!FactsView.any(r2)) {
      return List.of();
    }
    Meter meter = f.meter(PRODUCT, "r2");
    BigDecimal m = FactsView.million();
    List<CostLine> lines = new ArrayList<>();
    lines.add(meter.line("Standard storage", "GB-month", r2.total("standard_storage_gb_month"),
        f.n(FREE + "storageGbMonthPerMonth"), f.n(STD + "usdPerGbMonth"), BigDecimal.ONE, ""));
    lines.add(meter.line("Standard Class A operations", "operations", r2.total("class_a_per_month"),
        f.n(FREE + "classAPerMonth"), f.n(STD + "usdPerMillionClassA"), m, ""));
    lines.add(meter.line("Standard Class B operations", "operations", r2.total("class_b_per_month"),
        f.n(FREE + "classBPerMonth"), f.n(STD + "usdPerMillionClassB"), m, ""));
    if (usesInfrequentAccess(r2)) {
      lines.add(meter.line("Infrequent Access storage", "GB-month", infrequentGbMonths(r2), BigDecimal.ZERO,
          f.n(IA + "usdPerGbMonth"), BigDecimal.ONE, "billed for at least " + f.n(IA + "minimumStorageDays").toPlainString()
              + " days per object; no free tier"));
      lines.add(meter.line("Infrequent Access Class A operations", "operations", r2.total("infrequent_access_class_a_per_month"),
          BigDecimal.ZERO, f.n(IA + "usdPerMillionClassA"), m, "no free tier"));
      lines.add(meter.line("Infrequent Access Class B operations", "operations", r2.total("infrequent_access_class_b_per_month"),
          BigDecimal.ZERO, f.n(IA + "usdPerMillionClassB"), m, "no free tier"));
      lines.add(meter.line("Infrequent Access data retrieval", "GB", r2.total("infrequent_access_retrieval_gb_per_month"),
          BigDecimal.ZERO, f.n(IA + "usdPerGbRetrieval"), BigDecimal.ONE, "no free tier"));
    }
    return lines;
  }

  @Override
  public List<Outage> outages(Usage usage, Plan plan) {
    return List.of();
  }

  private static boolean usesInfrequentAccess(ProductUsage r2) {
    return r2.has("infrequent_access_storage_gb") || r2.has("infrequent_access_class_a_per_month")
        || r2.has("infrequent_access_class_b_per_month") || r2.has("infrequent_access_retrieval_gb_per_month");
  }

  /** GB x max(days kept, minimum days) / 30-day month. */
  private BigDecimal infrequentGbMonths(ProductUsage r2) {
    BigDecimal minimumDays = f.n(IA + "minimumStorageDays");
    BigDecimal days = r2.attribute("infrequent_access_days_stored", Month.DAYS).max(minimumDays);
    return r2.total("infrequent_access_storage_gb").multiply(days).divide(Month.DAYS, MathContext.DECIMAL128);
  }
}
