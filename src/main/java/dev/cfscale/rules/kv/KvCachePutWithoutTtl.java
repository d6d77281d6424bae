package dev.cfscale.rules.kv;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.Retention;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeFactsRule;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * KV used as a cache whose put sets no {@code expirationTtl} or {@code expiration}: entries never expire, storage grows
 * without bound and stale data is served forever. KV is a cache when the code reads it as one (a get whose hit returns
 * early, and a put of the same key in the same function) or when the namespace's binding says so ({@code CACHE},
 * {@code RESULTS_CACHE}) and the put writes a key per entity (a job id, an object key) that no code ever deletes: a worker
 * that stores computed results there for a reader elsewhere to pick up.
 */
@RuleInfo(id = "kv/cache-put-without-ttl", severity = Severity.MEDIUM,
    summary = "KV used as a cache but put() sets no expirationTtl")
public final class KvCachePutWithoutTtl implements CodeFactsRule {

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext ctx) {
    Retention retention = facts.retention();
    return facts.workers().stream().flatMap(w -> w.code().operations().stream()
        .flatMap(op -> cacheUse(w, op, retention).map(pattern -> finding(w, op, pattern, ctx)).stream()));
  }

  /** How the put is a cache write, in words; empty when it is not one or its entries expire. */
  private static Optional<String> cacheUse(WorkerConfig worker, OperationSite op, Retention retention) {
    if (!op.is(BindingType.KV_NAMESPACE, "put") || op.options().sets("expirationTtl") || op.options().sets("expiration")) {
      return Optional.empty();
    }
    String binding = op.binding().orElse("?");
    if (worker.code().isCacheFill(op)) {
      return Optional.of("read-through cache: get and put on " + binding + " in " + op.function());
    }
    boolean cacheNamespace = binding.toLowerCase(Locale.ROOT).contains("cache");
    // options the engine could not read may set a TTL; a constant key is one value overwritten, not growth
    if (cacheNamespace && !op.options().unreadOptions() && !op.key().sharedByRequests() && op.key().shape() != KeyArg.Shape.NONE
        && !retention.deletesKeysOf(op)) {
      return Optional.of("namespace " + binding + " is named a cache; one key per entity (" + op.key().text() + "), never deleted");
    }
    return Optional.empty();
  }

  private Finding finding(WorkerConfig worker, OperationSite op, String pattern, RuleContext ctx) {
    String storagePrice = ctx.platform().number("kv.pricing.usdPerGbMonth").toPlainString();
    return CodeRule.finding(this, worker, op)
        .message("`" + op.code() + "` caches in KV without expirationTtl: entries never expire, so stale values are served"
            + " forever and storage grows with every distinct key ($" + storagePrice + " per GB-month)")
        .evidence("pattern", pattern)
        .evidence("options", op.options().names().isEmpty() ? "(none)" : String.join(", ", op.options().names()))
        .fix("Pass { expirationTtl: <seconds> } to put() (minimum " + ctx.platform().whole("kv.limits.cacheTtlMinSeconds")
            + " s), chosen from how stale the data may be.")
        .build();
  }
}
