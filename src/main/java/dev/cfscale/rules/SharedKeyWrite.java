package dev.cfscale.rules;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Finding;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * What the per-key write-limit rules of KV and R2 share: a {@code put} on a request path to a key every
 * request shares (a constant, or one key per period), and how the finding names it and its limit.
 *
 * @param type the binding type the rule is about
 * @param product how messages name the product ("KV", "R2")
 * @param limitKey the facts key of the writes-per-second-per-key limit
 */
public record SharedKeyWrite(BindingType type, String product, String limitKey) {

  /**
   * The finding of {@code rule} when {@code op} is a put on {@link #type} to a key requests share, reached
   * per request: "KV put to the constant key "visits" on a request path" followed by {@code consequence}
   * of the limit, with the key and the limit as evidence.
   */
  public Stream<Finding> check(CodeRule rule, WorkerConfig worker, OperationSite op, RuleContext ctx, LongFunction<String> consequence,
      String fix) {
    if (!op.is(type, "put") || !op.key().sharedByRequests() || !op.onHotRequestPath()) {
      return Stream.empty();
    }
    long perSecond = ctx.platform().whole(limitKey);
    return Stream.of(rule.finding(worker, op)
        .message(product + " put to the " + op.key().sharedKind() + " key " + op.key().text() + " on a request path: "
            + consequence.apply(perSecond))
        .evidence("key", op.key().text())
        .evidence("limit", perSecond + " write/s per key (" + limitKey + ")")
        .fix(fix)
        .build());
  }
}
