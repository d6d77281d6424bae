package dev.cfscale.rules.kv;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * A KV write to one fixed key on a request path: KV accepts one write per second per key, so the
 * second concurrent request fails with 429. Writes only from cron, queue or admin routes stay quiet.
 */
@RuleInfo(id = "kv/constant-key-write", severity = Severity.HIGH,
    summary = "KV put to a constant or time-based key on a request path (1 write per second per key)")
public final class KvConstantKeyWrite implements CodeRule {

  /** A constant key, or a key that only changes with the date or time (every request in a period shares it). */
  static boolean isFewKeys(KeyArg key) {
    return key.shape() == KeyArg.Shape.CONSTANT || key.shape() == KeyArg.Shape.LOW_CARDINALITY;
  }

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.is(BindingType.KV_NAMESPACE, "put") || !isFewKeys(op.key()) || !op.onHotRequestPath()) {
      return Stream.empty();
    }
    long perSecond = ctx.platform().whole("kv.limits.writesPerSecondSameKey");
    return Stream.of(finding(worker, op)
        .message("KV put to the " + (op.key().shape() == KeyArg.Shape.CONSTANT ? "constant" : "time-based") + " key " + op.key().text() + " on a request path: KV allows " + perSecond
            + " write per second to the same key, so concurrent requests get 429 errors as traffic grows")
        .evidence("key", op.key().text())
        .evidence("limit", perSecond + " write/s per key (kv.limits.writesPerSecondSameKey)")
        .fix("Write per-entity keys (e.g. `counter:${userId}`), move aggregate state to a Durable Object or D1, or do the"
            + " write from a cron or queue consumer.")
        .build());
  }
}
