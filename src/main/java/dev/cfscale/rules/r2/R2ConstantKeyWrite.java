package dev.cfscale.rules.r2;

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

/** An R2 put to one fixed object key on a request path: R2 allows one concurrent write per key per second. */
@RuleInfo(id = "r2/constant-key-write", severity = Severity.MEDIUM,
    summary = "R2 put to a constant or time-based key on a request path (1 write per second per key)")
public final class R2ConstantKeyWrite implements CodeRule {

  private static final SharedKeyWrite WRITE = new SharedKeyWrite(BindingType.R2_BUCKET, "R2", "r2.limits.concurrentWritesSameKeyPerSecond");

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    return WRITE.check(this, worker, op, ctx, perSecond -> "R2 accepts " + perSecond
        + " write per second to one key and answers 429 to the rest, and concurrent writers overwrite each other",
        "Write to per-request keys (a date or id prefix) and read the newest, or keep the shared state in a Durable Object.");
  }
}
