package dev.cfscale.rules.ai;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.platform.PlatformFacts;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A costly text-generation model called on a request path with no cache in front: no AI Gateway
 * ({@code gateway} option), no KV or Cache API read in the same function. Repeated prompts are paid
 * again each time. Chat calls ({@code messages} with history) are left alone: they are rarely repeated.
 * "Costly" is a review threshold of this tool on the published output-token price.
 */
@RuleInfo(id = "ai/expensive-model-uncached", severity = Severity.MEDIUM,
    summary = "Expensive Workers AI model called on a request path without any caching")
public final class ExpensiveModelUncached implements CodeRule {
  /** Output price at or above which a model counts as expensive, USD per million tokens (review threshold). */
  private static final BigDecimal EXPENSIVE_OUTPUT_USD_PER_MILLION = new BigDecimal("0.5");

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    // a conversation (messages with history) is rarely repeated verbatim: caching would not help it
    if (!op.is(BindingType.AI, "run") || op.model().isEmpty() || !op.onHotRequestPath() || op.options().sets("gateway")
        || op.options().sets("messages")) {
      return Stream.empty();
    }
    Optional<BigDecimal> outputPrice = outputPrice(ctx.platform(), op.model().get());
    if (outputPrice.isEmpty() || outputPrice.get().compareTo(EXPENSIVE_OUTPUT_USD_PER_MILLION) < 0 || cached(worker, op)) {
      return Stream.empty();
    }
    return Stream.of(finding(worker, op)
        .message(op.model().get() + " costs $" + outputPrice.get().toPlainString() + " per million output tokens and is called"
            + " on every request with no cache: identical prompts are generated and billed again, and text generation is"
            + " rate-limited to " + ctx.platform().whole("workersAi.limits.requestsPerMinuteByTask.textGeneration")
            + " requests/min by default")
        .evidence("model", op.model().get())
        .evidence("price", "$" + outputPrice.get().toPlainString() + " per M output tokens (workersAi.pricing.models)")
        .fix("Route it through AI Gateway with caching (env.AI.run(model, input, { gateway: { id: \"...\", cacheTtl: 3600 } }))"
            + " or cache answers in KV keyed by a hash of the prompt; consider a smaller model where quality allows.")
        .build());
  }

  private static Optional<BigDecimal> outputPrice(PlatformFacts facts, String model) {
    String key = PlatformFacts.workersAiModelKey(model, "usdPerMillionOutputTokens");
    return facts.contains(key) ? Optional.of(facts.number(key)) : Optional.empty();
  }

  private static boolean cached(WorkerConfig worker, OperationSite op) {
    return worker.code().operations().stream().anyMatch(o -> o.function().equals(op.function()) && o.file().equals(op.file())
        && (o.is(BindingType.KV_NAMESPACE, "get", "getWithMetadata") || o.operation().equals("cache.match")));
  }
}
