package dev.cfscale.rules.d1;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.D1Executions;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.code.OrmQuery;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * A D1 query executed once per loop iteration (N+1). Building statements in a loop and sending them
 * with one {@code batch()} is the fix, so {@code prepare()} alone in a loop never fires. High on a
 * request path, medium elsewhere (queue consumers, cron), where only a query written in the loop itself counts:
 * a per-item helper called from a consumer's or a cron's loop handles each item on its own by design, and so does one
 * called from a loop only administrators run (an operator's import saving each row with the helper a public form calls
 * once): the loop's own path counts, not the helper's. Quiet on code no entry point reaches, and on a request's loop
 * over the signed-in user's own accounts, organizations or workspaces (a few).
 */
@RuleInfo(id = "d1/query-in-loop", severity = Severity.HIGH, summary = "D1 query executed inside a loop (N+1 queries)")
public final class D1QueryInLoop implements CodeRule {
  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    boolean execution = op.bindingType().filter(BindingType.D1_DATABASE::equals).isPresent()
        && (D1Executions.executes(op.operation()) || op.operation().startsWith("orm."));
    // off the request path, a per-item helper called from the loop (a queue consumer's per-message handler, a cron's
    // per-batch step) is the usual design, each item handled on its own; a query written in the loop itself is not
    boolean chunk = op.options().orm().filter(OrmQuery::chunkWrite).isPresent(); // values(rows.slice(...)): the batching itself
    // code no entry reaches: neither whether nor how often the loop runs is known (a cleanup of rows past a cap, a
    // settings page the analysis cannot route to), so an N+1 claim there would be a guess
    // a helper called in a caller's loop repeats only for the entries that reach that loop: one that an admin route
    // loops over and user routes call once is admin work
    OperationSite repeated = op.inItsLoop();
    // a loop over the accounts or organizations of the signed-in user runs a few times per request: a handful, not N
    if (!execution || chunk || !op.loop().inLoop() || (op.loop().viaCall() && !repeated.onHotRequestPath()) || op.reachedFrom().isEmpty()
        || op.loopsOverPersonalList()) {
      return Stream.empty();
    }
    long limit = ctx.platform().whole("d1.limits.queriesPerInvocationPaid");
    return Stream.of(finding(worker, op)
        .severity(repeated.onHotRequestPath() ? Severity.HIGH : Severity.MEDIUM)
        .message("D1 query `" + op.code() + "` runs " + CodeRule.loopWords(op) + ": one round trip per item, and a"
            + " D1 database runs queries one at a time, so N items cost N x latency and N x rows read")
        .evidence("operation", op.operation())
        .evidence("sql", op.sql().orElse("(not a literal)"))
        .evidence("limit", limit + " queries per invocation on Paid (d1.limits.queriesPerInvocationPaid)")
        .fix("Collect the statements and send them in one env." + op.binding().orElse("DB") + ".batch([...]) call, or"
            + " fetch all rows at once with WHERE id IN (...) / a JOIN.")
        .build());
  }
}
