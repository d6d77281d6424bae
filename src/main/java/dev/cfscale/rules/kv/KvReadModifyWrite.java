package dev.cfscale.rules.kv;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A KV value read, changed and written back under the same key on a request path (a per-user todo list, a
 * per-image view counter): KV has no transactions, so two concurrent requests both read the old value and one
 * update is lost, and a busy key hits the per-key write limit. Constant keys are {@code kv/constant-key-write}'s;
 * cache fills (a put only on a miss) and admin-only paths stay quiet.
 */
@RuleInfo(id = "kv/read-modify-write", severity = Severity.MEDIUM,
    summary = "KV value read, changed and written back on a request path (lost updates, per-key write limit)")
public final class KvReadModifyWrite implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite put, RuleContext ctx) {
    if (put.key().sharedByRequests() || !put.onHotRequestPath()) {
      return Stream.empty();
    }
    Optional<OperationSite> read = worker.code().readOfWrittenKey(put);
    if (read.isEmpty() || earlierWriteOfSameRead(worker, put, read.get())) {
      return Stream.empty();
    }
    OperationSite get = read.get();
    long perSecond = ctx.platform().whole("kv.limits.writesPerSecondSameKey");
    String writePrice = ctx.platform().number("kv.pricing.usdPerMillionWrites").toPlainString();
    return Stream.of(finding(worker, put)
        .message("`" + put.code() + "` writes back the value `" + get.code() + "` read at line " + get.location().line()
            + (get.file().equals(put.file()) && get.function().equals(put.function()) ? "" : " of " + get.file() + " by " + get.function() + "()")
            + " (key " + put.key().text() + "): KV has no transactions, so concurrent requests on the same key overwrite"
            + " each other's changes, and more than " + perSecond + " write per second to one key fails with 429"
            + " (each write billed at $" + writePrice + " per million)")
        .evidence("read", get.location() + " `" + get.code() + "` in " + get.function())
        .evidence("key", put.key().text())
        .evidence("limit", perSecond + " write/s per key (kv.limits.writesPerSecondSameKey)")
        .fix("Keep state that requests update in a Durable Object (one object per key serialises the updates) or in D1"
            + " (`UPDATE ... SET n = n + 1`), or append per-event keys and aggregate them in a cron or queue consumer.")
        .build());
  }

  /** One finding per read: a second put of the same read-back value (an init branch, then an update) stays quiet. */
  private static boolean earlierWriteOfSameRead(WorkerConfig worker, OperationSite put, OperationSite get) {
    return worker.code().operations().stream().anyMatch(other -> other != put && other.function().equals(put.function())
        && other.location().compareTo(put.location()) < 0 && other.onHotRequestPath()
        && worker.code().readOfWrittenKey(other).filter(get::equals).isPresent());
  }
}
