package dev.cfscale.rules.workers;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * A cache write awaited before the response: the client waits for the Cache API or KV write.
 * {@code ctx.waitUntil()} lets the response go out first. Applies to {@code cache.put} and to KV puts
 * of a read-through cache (get and put on one namespace in one function). A webhook receiver's caller is a machine
 * waiting for the status code, so there the write's latency reaches nobody.
 */
@RuleInfo(id = "workers/cache-write-blocks-response", severity = Severity.LOW,
    summary = "Cache write awaited on the response path instead of ctx.waitUntil()")
public final class CacheWriteBlocksResponse implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.awaited() || op.inWaitUntil() || !op.onHotRequestPath() || onlyForWebhooks(op) || !(isCachePut(op) || isKvCacheFill(worker, op))) {
      return Stream.empty();
    }
    long seconds = ctx.platform().whole("workers.limits.waitUntilSecondsAfterResponse");
    return Stream.of(finding(worker, op)
        .message("`" + op.code() + "` is awaited before the response is sent: every cache miss pays the write latency")
        .evidence("waitUntil", "runs up to " + seconds + " s after the response (workers.limits.waitUntilSecondsAfterResponse)")
        .fix("Wrap it: ctx.waitUntil(" + op.code().replaceFirst("^await\\s+", "") + ") (c.executionCtx.waitUntil in Hono).")
        .build());
  }

  /** Reached only from webhook receivers: the sender waits for a status code, nobody waits on the page. */
  private static boolean onlyForWebhooks(OperationSite op) {
    return op.reachedFrom().stream().filter(EntryPoint::isHotRequestPath).allMatch(EntryPoint::isWebhookReceiver);
  }

  private static boolean isCachePut(OperationSite op) {
    return op.operation().equals("cache.put") && op.bindingType().isEmpty();
  }

  private static boolean isKvCacheFill(WorkerConfig worker, OperationSite op) {
    return op.is(BindingType.KV_NAMESPACE, "put") && worker.code().isCacheFill(op);
  }
}
