package dev.cfscale.rules.kv;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * A cache-aside in KV (a get whose hit returns early, and a put of the same key in the same function) whose put sets
 * no {@code expirationTtl} or {@code expiration}: entries never expire, storage grows without bound
 * and stale data is served forever.
 */
@RuleInfo(id = "kv/cache-put-without-ttl", severity = Severity.MEDIUM,
    summary = "KV used as a cache but put() sets no expirationTtl")
public final class KvCachePutWithoutTtl implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.is(BindingType.KV_NAMESPACE, "put") || op.options().sets("expirationTtl") || op.options().sets("expiration")) {
      return Stream.empty();
    }
    if (!worker.code().isCacheFill(op)) {
      return Stream.empty();
    }
    String storagePrice = ctx.platform().number("kv.pricing.usdPerGbMonth").toPlainString();
    return Stream.of(finding(worker, op)
        .message("`" + op.code() + "` caches in KV without expirationTtl: entries never expire, so stale values are served"
            + " forever and storage grows with every distinct key ($" + storagePrice + " per GB-month)")
        .evidence("pattern", "read-through cache: get and put on " + op.binding().orElse("?") + " in " + op.function())
        .evidence("options", op.options().names().isEmpty() ? "(none)" : String.join(", ", op.options().names()))
        .fix("Pass { expirationTtl: <seconds> } to put() (minimum " + ctx.platform().whole("kv.limits.cacheTtlMinSeconds")
            + " s), chosen from how stale the data may be.")
        .build());
  }
}
