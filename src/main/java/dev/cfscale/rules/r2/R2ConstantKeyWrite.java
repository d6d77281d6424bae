package dev.cfscale.rules.r2;

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

/** An R2 put to one fixed object key on a request path: R2 allows one concurrent write per key per second. */
@RuleInfo(id = "r2/constant-key-write", severity = Severity.MEDIUM,
    summary = "R2 put to a constant or time-based key on a request path (1 write per second per key)")
public final class R2ConstantKeyWrite implements CodeRule {

  /** A constant key, or a key that only changes with the date or time (every request in a period shares it). */
  static boolean isFewKeys(KeyArg key) {
    return key.shape() == KeyArg.Shape.CONSTANT || key.shape() == KeyArg.Shape.LOW_CARDINALITY;
  }

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.is(BindingType.R2_BUCKET, "put") || !isFewKeys(op.key()) || !op.onHotRequestPath()) {
      return Stream.empty();
    }
    long perSecond = ctx.platform().whole("r2.limits.concurrentWritesSameKeyPerSecond");
    return Stream.of(finding(worker, op)
        .message("R2 put to the " + (op.key().shape() == KeyArg.Shape.CONSTANT ? "constant" : "time-based") + " key " + op.key().text() + " on a request path: R2 accepts " + perSecond
            + " write per second to one key and answers 429 to the rest, and concurrent writers overwrite each other")
        .evidence("key", op.key().text())
        .evidence("limit", perSecond + " write/s per key (r2.limits.concurrentWritesSameKeyPerSecond)")
        .fix("Write to per-request keys (a date or id prefix) and read the newest, or keep the shared state in a Durable Object.")
        .build());
  }
}
