package dev.cfscale.rules.workers;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.code.LoopBounds;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RequestPaths;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Subrequests (fetch, R2, KV writes, Durable Object and service-binding calls) in a loop: the count per
 * invocation is capped, and only a few connections may be open at once. On a request path the finding
 * is medium; on a cron, queue, workflow or alarm path (the same limits apply per invocation) it is low.
 * Left alone: D1, KV reads and queue sends (their own rules), per-page work in a cursor loop
 * ({@code list()} plus a bulk call per page), a consumer's loop over its batch (bounded by
 * {@code max_batch_size}), a background job that loops over a page it read with a literal LIMIT, and a request's loop
 * over the signed-in user's own accounts, organizations or workspaces (a handful by nature).
 * A helper called in a loop is reported once, at the loop.
 */
@RuleInfo(id = "workers/subrequests-in-loop", severity = Severity.MEDIUM,
    summary = "fetch / R2 / KV write / Durable Object / service calls inside a loop")
public final class SubrequestsInLoop implements CodeRule {
  private static final Set<EntryKind> BACKGROUND = Set.of(EntryKind.SCHEDULED, EntryKind.QUEUE, EntryKind.WORKFLOW, EntryKind.ALARM);

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    // the path is the loop's: a helper the request path calls once and an alarm calls per item repeats on the alarm
    OperationSite repeated = op.inItsLoop();
    boolean hot = RequestPaths.hot(worker, repeated);
    if (!qualifies(worker, op) || (!hot && background(worker, repeated).isEmpty()) || !firstAtLoop(worker, op)) {
      return Stream.empty();
    }
    long free = ctx.platform().whole("workers.limits.subrequestsPerInvocationFree");
    long paid = ctx.platform().whole("workers.limits.subrequestsPerInvocationPaidDefault");
    long connections = ctx.platform().whole("workers.limits.simultaneousOpenConnectionsPerInvocation");
    String kind = hot ? "request" : background(worker, repeated).get();
    String path = (kind.startsWith("a") ? "on an " : "on a ") + kind + " path";
    Location at = op.loop().viaCall() ? op.loop().loop().orElse(op.location()) : op.location();
    return Stream.of(finding(worker, op).at(at).severity(hot ? Severity.MEDIUM : Severity.LOW)
        .message(kind(op).get() + " `" + op.code() + "` runs " + CodeRule.loopWords(op) + " " + path + ": each item is a"
            + " subrequest (at most " + free + " external on Free, " + paid + " on Paid by default) and only " + connections
            + " connections can be open at once, so latency grows with the input"
            + (hot ? "" : " and a large input fails the job partway"))
        .evidence("operation", op.file() + ":" + op.location().line())
        .evidence("limits", free + " (Free) / " + paid + " (Paid) subrequests per invocation; " + connections
            + " simultaneous connections (workers.limits.*)")
        .fix(hot ? "Bound the input size, fetch in one request (a batch endpoint, R2 list, delete(keys[])), or move the fan-out"
            + " to a Queue consumer or Workflow." : "Bound the work per invocation (a page per run, sendBatch to a queue with one"
            + " message per item, or one Workflow step per item).")
        .build());
  }

  private static boolean qualifies(WorkerConfig worker, OperationSite op) {
    return op.loop().inLoop() && kind(op).isPresent() && !LoopBounds.perPage(worker.code(), op) && !op.loopsOverPersonalList();
  }

  /**
   * The kind of background entry that reaches {@code op}, when it is bounded by nothing the code shows. A Durable Object
   * alarm working through what the object keeps in its own fields (failed jobs to retry, resources to check) is left
   * alone: each item was put there by a call to that one object, and the alarm re-runs on failure.
   */
  private static Optional<String> background(WorkerConfig worker, OperationSite op) {
    Optional<EntryPoint> entry = op.reachedFrom().stream().filter(e -> BACKGROUND.contains(e.kind()))
        .filter(e -> e.kind() != EntryKind.ALARM || !op.loop().overObjectState()).findFirst();
    if (entry.isEmpty() || LoopBounds.overQueueBatch(worker.code(), op) || LoopBounds.readsLimitedPage(worker.code(), entry.get())) {
      return Optional.empty();
    }
    return Optional.of(entry.get().kind().name().toLowerCase(java.util.Locale.ROOT).replace("scheduled", "cron"));
  }

  /** Several operations of one helper called in one loop are one finding, at the loop. */
  private static boolean firstAtLoop(WorkerConfig worker, OperationSite op) {
    if (!op.loop().viaCall()) {
      return true;
    }
    return worker.code().operations().stream().filter(o -> o.loop().viaCall() && o.loop().loop().equals(op.loop().loop())
        && qualifies(worker, o)).min(Comparator.comparing(OperationSite::location)).map(op::equals).orElse(true);
  }

  private static Optional<String> kind(OperationSite op) {
    if (op.operation().equals("fetch") && op.bindingType().isEmpty()) {
      return Optional.of("fetch");
    }
    // list() in a loop is cursor pagination: one call per page, inherent to listing
    if (op.bindingType().filter(BindingType.R2_BUCKET::equals).isPresent() && !op.operation().startsWith("body.")
        && !op.operation().equals("list")) {
      return Optional.of("R2 " + op.operation());
    }
    if (op.is(BindingType.KV_NAMESPACE, "put", "delete")) {
      return Optional.of("KV " + op.operation());
    }
    if (op.operation().startsWith("stub.")) {
      return Optional.of("Durable Object call");
    }
    if (op.bindingType().filter(BindingType.SERVICE::equals).isPresent()) {
      return Optional.of("Service binding call");
    }
    if (op.operation().startsWith("ai-sdk.")) {
      // an AI SDK model call is a request to the provider (or to Workers AI through its binding): a subrequest
      return Optional.of("AI SDK call");
    }
    return Optional.empty();
  }
}
