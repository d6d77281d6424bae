package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Vectorize: queried dimensions = (queries + stored vectors) x dimensions; stored dimensions = vectors x dimensions. */
final class VectorizeCost extends PaidProduct {
  private static final String PRODUCT = "Vectorize";
  private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

  VectorizeCost(FactsView facts) {
    super(facts, "vectorize");
  }

  @Override
  List<CostLine> paidLines(ProductUsage v, Usage usage) {
    Meter meter = f.meter(PRODUCT, "vectorize");
    return List.of(
        meter.line("Queried vector dimensions", "dimensions", queried(v), f.n("vectorize.included.paid.queriedDimensionsPerMonth"),
            f.n("vectorize.pricing.usdPerMillionQueriedDimensions"), FactsView.million(), "(queries + stored vectors) x dimensions"),
        meter.line("Stored vector dimensions", "dimensions", stored(v), f.n("vectorize.included.paid.storedDimensions"),
            f.n("vectorize.pricing.usdPer100MillionStoredDimensions"), HUNDRED_MILLION, "stored vectors x dimensions"));
  }

  @Override
  List<Outage> freeOutages(ProductUsage v, Usage usage) {
    String silent = "beyond the Free allocation (the docs do not say whether calls fail or Workers Paid is required)";
    List<Outage> out = new ArrayList<>();
    f.total(PRODUCT, "Queried vector dimensions", queried(v), "vectorize.included.free.queriedDimensionsPerMonth", "month", silent)
        .ifPresent(out::add);
    f.total(PRODUCT, "Stored vector dimensions", stored(v), "vectorize.included.free.storedDimensions", "account", silent)
        .ifPresent(out::add);
    return out;
  }

  private static BigDecimal queried(ProductUsage v) {
    return v.total("queries_per_month").add(v.total("stored_vectors")).multiply(v.attribute("dimensions", BigDecimal.ZERO));
  }

  private static BigDecimal stored(ProductUsage v) {
    return v.total("stored_vectors").multiply(v.attribute("dimensions", BigDecimal.ZERO));
  }
}
