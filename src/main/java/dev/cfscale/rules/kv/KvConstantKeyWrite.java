package dev.cfscale.rules.kv;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import dev.cfscale.rules.SharedKeyWrite;
import java.util.stream.Stream;

/**
 * A KV write to one fixed key on a request path: KV accepts one write per second per key, so the
 * second concurrent request fails with 429. Writes only from cron, queue or admin routes stay quiet, and so does the fill
 * of a cache-aside lookup ({@code get} tested and returned on a hit, {@code put} on a miss): it writes when the cached
 * copy is missing or expired, not once per request.
 */
@RuleInfo(id = "kv/constant-key-write", severity = Severity.HIGH,
    summary = "KV put to a constant or time-based key on a request path (1 write per second per key)")
public final class KvConstantKeyWrite implements CodeRule {

  private static final SharedKeyWrite WRITE = new SharedKeyWrite(BindingType.KV_NAMESPACE, "KV", "kv.limits.writesPerSecondSameKey");

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (worker.code().isCacheFill(op)) {
      return Stream.empty();
    }
    return WRITE.check(this, worker, op, ctx, perSecond -> "KV allows " + perSecond
        + " write per second to the same key, so concurrent requests get 429 errors as traffic grows",
        "Write per-entity keys (e.g. `counter:${userId}`), move aggregate state to a Durable Object or D1, or do the"
            + " write from a cron or queue consumer.");
  }
}
