package dev.cfscale.facts.usage;

import java.math.BigDecimal;

/** Workers AI usage of one model: calls per month and average tokens per call. */
public record ModelUsage(String model, BigDecimal requestsPerMonth, BigDecimal inputTokensPerRequest, BigDecimal outputTokensPerRequest) {

  public ModelUsage scaled(BigDecimal factor) {
    return new ModelUsage(model, requestsPerMonth.multiply(factor), inputTokensPerRequest, outputTokensPerRequest);
  }
}
