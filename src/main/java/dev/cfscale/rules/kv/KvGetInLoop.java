package dev.cfscale.rules.kv;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * KV reads one key per loop iteration where one bulk {@code get([...])} of up to 100 keys would do. Off the request path a
 * per-item helper called from the loop (a queue consumer's per-message handler, a cron's per-row step) reads its own
 * key by design, as for {@code d1/query-in-loop}: only a read written in the loop itself counts there.
 */
@RuleInfo(id = "kv/get-in-loop", severity = Severity.MEDIUM, summary = "KV get inside a loop instead of one bulk get")
public final class KvGetInLoop implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    // the path is the loop's: a helper a route calls once and a consumer's loop calls per message repeats off the request path
    if (!op.is(BindingType.KV_NAMESPACE, "get", "getWithMetadata") || !op.loop().inLoop()
        || (op.loop().viaCall() && !op.inItsLoop().onHotRequestPath())) {
      return Stream.empty();
    }
    long bulk = ctx.platform().whole("kv.limits.bulkGetMaxKeys");
    return Stream.of(finding(worker, op)
        .message("KV read `" + op.code() + "` runs " + CodeRule.loopWords(op) + ": one operation and one round trip per key,"
            + " where a single bulk get reads up to " + bulk + " keys")
        .evidence("key", op.key().text())
        .evidence("bulk get", "up to " + bulk + " keys per call (kv.limits.bulkGetMaxKeys); still billed per key")
        .fix("Collect the keys and call env." + op.binding().orElse("KV") + ".get([key1, key2, ...]) (a Map comes back), in"
            + " chunks of " + bulk + ".")
        .build());
  }
}
