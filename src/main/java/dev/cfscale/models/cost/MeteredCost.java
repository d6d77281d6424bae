package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A product whose bill is a list of meters and whose Free plan is a list of allowances, read from a
 * {@link Meters.Spec}: on Paid each meter is one line (usage minus the included amount, times the price
 * from the facts file); on Free, usage beyond an allowance is an outage. Products with their own
 * arithmetic (Workers CPU, R2 Infrequent Access, Queues chunks, ...) keep a class of their own.
 */
final class MeteredCost extends PaidProduct {
  private final Meters.Spec spec;

  MeteredCost(FactsView facts, Meters.Spec spec) {
    super(facts, spec.usageName());
    this.spec = spec;
  }

  @Override
  List<CostLine> paidLines(ProductUsage product, Usage usage) {
    Meter meter = f.meter(spec.product(), spec.factsProduct());
    List<CostLine> lines = new ArrayList<>();
    for (Meters.Line line : spec.lines()) {
      BigDecimal included = line.includedKey().isEmpty() ? BigDecimal.ZERO : f.n(line.includedKey());
      lines.add(meter.line(line.item(), line.unit(), product.total(line.usageKey()), included, f.n(line.priceKey()),
          line.priceUnit(), line.assumption()));
    }
    return lines;
  }

  @Override
  List<Outage> freeOutages(ProductUsage product, Usage usage) {
    List<Outage> out = new ArrayList<>();
    for (Meters.Allowance a : spec.freeAllowances()) {
      BigDecimal used = product.total(a.usageKey());
      Optional<Outage> outage = a.per().equals("day") ? f.daily(spec.product(), a.item(), used, a.limitKey(), a.consequence())
          : f.total(spec.product(), a.item(), used, a.limitKey(), a.per(), a.consequence());
      outage.ifPresent(out::add);
    }
    return out;
  }
}
