package dev.cfscale.rules.queues;

import dev.cfscale.facts.config.QueueConsumer;
import dev.cfscale.facts.config.Setting;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.EnvironmentRule;
import dev.cfscale.findings.Figures;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A consumer setting above the documented maximum: the deploy's consumer update is rejected. */
@RuleInfo(id = "queues/setting-out-of-range", severity = Severity.HIGH,
    summary = "Queue consumer setting exceeds the documented maximum")
public final class QueueSettingOutOfRange implements EnvironmentRule {
  /** Consumer key -> the platform fact holding its maximum. */
  private static final Map<String, String> MAXIMA = Map.of(
      "max_batch_size", "queues.limits.maxConsumerBatchSize",
      "max_batch_timeout", "queues.limits.maxBatchTimeoutSeconds",
      "max_retries", "queues.limits.maxRetries",
      "max_concurrency", "queues.limits.concurrentConsumerInvocationsPushMax",
      "retry_delay", "queues.limits.delaySecondsMax");

  @Override
  public Stream<Finding> check(WorkerEnvironment env, RuleContext ctx) {
    return env.queueConsumers().stream().flatMap(c -> MAXIMA.keySet().stream().sorted()
        .map(key -> overMax(env, c, key, ctx)).flatMap(Optional::stream));
  }

  private Optional<Finding> overMax(WorkerEnvironment env, QueueConsumer consumer, String key, RuleContext ctx) {
    Optional<Setting> setting = consumer.number(key);
    long max = ctx.platform().whole(MAXIMA.get(key));
    if (setting.isEmpty() || setting.get().asLong().orElseThrow() <= max) {
      return Optional.empty();
    }
    long value = setting.get().asLong().orElseThrow();
    return Optional.of(FindingBuilder.of(this, env)
        .at(setting.get().location())
        .message(key + " = " + Figures.count(value) + " on the consumer of `" + consumer.queue()
            + "` is above the documented maximum of " + Figures.count(max) + ": the consumer update fails on deploy")
        .evidence("key", setting.get().key())
        .evidence("value", value)
        .evidence("maximum", max + " (" + MAXIMA.get(key) + ")")
        .fix("Set " + key + " to at most " + Figures.count(max) + ".")
        .subject("consumer:" + consumer.queue() + ":" + key)
        .build());
  }
}
