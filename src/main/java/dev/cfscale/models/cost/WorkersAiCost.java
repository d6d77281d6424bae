package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ModelUsage;
import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import dev.cfscale.platform.PlatformFacts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Workers AI: neurons, from a direct count or from each model's published neurons per million input
 * and output tokens. 10,000 neurons a day are free on both plans (counted here as 30 days' worth).
 */
final class WorkersAiCost extends PaidProduct {
  private static final String PRODUCT = "Workers AI";
  private final PlatformFacts facts;

  WorkersAiCost(FactsView f, PlatformFacts facts) {
    super(f, "workers_ai");
    this.facts = facts;
  }

  @Override
  List<CostLine> paidLines(ProductUsage ai, Usage usage) {
    BigDecimal included = Month.monthlyFromDaily(f.n("workersAi.included.paid.neuronsPerDay"));
    return List.of(f.meter(PRODUCT, "workersAi").line("Neurons", "neurons", neurons(ai), included,
        f.n("workersAi.pricing.usdPer1000Neurons"), BigDecimal.valueOf(1000), note(ai)));
  }

  @Override
  List<Outage> freeOutages(ProductUsage ai, Usage usage) {
    return f.daily(PRODUCT, "Neurons", neurons(ai), "workersAi.included.free.neuronsPerDay",
        "AI calls fail beyond the daily allowance until 00:00 UTC; more needs Workers Paid").stream().toList();
  }

  private BigDecimal neurons(ProductUsage ai) {
    BigDecimal total = ai.total("neurons_per_month");
    for (ModelUsage m : ai.models()) {
      total = total.add(modelNeurons(m));
    }
    return total;
  }

  private BigDecimal modelNeurons(ModelUsage m) {
    String inKey = PlatformFacts.workersAiModelKey(m.model(), "neuronsPerMillionInputTokens");
    String outKey = PlatformFacts.workersAiModelKey(m.model(), "neuronsPerMillionOutputTokens");
    if (!facts.contains(inKey)) {
      return BigDecimal.ZERO;
    }
    BigDecimal in = m.inputTokensPerRequest().multiply(facts.number(inKey));
    BigDecimal out = facts.contains(outKey) ? m.outputTokensPerRequest().multiply(facts.number(outKey)) : BigDecimal.ZERO;
    return m.requestsPerMonth().multiply(in.add(out)).divide(FactsView.million(), MathContext.DECIMAL128);
  }

  private String note(ProductUsage ai) {
    List<String> unknown = new ArrayList<>();
    for (ModelUsage m : ai.models()) {
      if (!facts.contains(PlatformFacts.workersAiModelKey(m.model(), "neuronsPerMillionInputTokens"))) {
        unknown.add(m.model());
      }
    }
    String base = "free allowance counted as " + Month.DAYS + " days of the daily one";
    return unknown.isEmpty() ? base : base + "; no published price in the facts file for " + String.join(", ", unknown)
        + " (counted as 0 neurons: give neurons_per_month)";
  }
}
