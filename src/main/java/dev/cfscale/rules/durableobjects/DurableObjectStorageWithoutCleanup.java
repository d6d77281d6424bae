package dev.cfscale.rules.durableobjects;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.Retention;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Figures;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeFactsRule;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * A Durable Object used as a cache or a session store (a {@code storage.put} of a key that varies per call whose value
 * carries an expiry or freshness field, or whose key names a cache or session) in a class that never deletes anything
 * from its storage and sets no alarm: every entry stays in the object forever, expired or not. A class that deletes
 * keys, wipes itself, runs a SQL DELETE or has an alarm stays quiet, as do constant keys (one value per object).
 */
@RuleInfo(id = "durable-objects/storage-without-cleanup", severity = Severity.MEDIUM,
    summary = "Durable Object used as a cache or session store never deletes its entries (no delete, no alarm)")
public final class DurableObjectStorageWithoutCleanup implements CodeFactsRule {

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext ctx) {
    Retention retention = facts.retention();
    return facts.workers().stream().flatMap(w -> w.code().operations().stream().flatMap(op -> check(w, op, retention, ctx)));
  }

  private Stream<Finding> check(WorkerConfig worker, OperationSite put, Retention retention, RuleContext ctx) {
    if (!put.is(BindingType.DURABLE_OBJECT, "storage.put") || put.reachedFrom().isEmpty() || put.binding().isEmpty()
        || !worker.localDurableObjectClasses().contains(put.binding().get())) {
      return Stream.empty();
    }
    KeyArg key = put.key();
    boolean perCallKey = key.shape() == KeyArg.Shape.TEMPLATE || key.shape() == KeyArg.Shape.DYNAMIC;
    if (!perCallKey || !put.storesTemporaryEntry() || retention.durableObjectCleansUp(put.binding().get())) {
      return Stream.empty();
    }
    String cls = put.binding().get();
    String price = Figures.usd(ctx.platform().number("durableObjects.pricing.sqlite.usdPerGbMonth"));
    return Stream.of(CodeRule.finding(this, worker, put)
        .message("`" + put.code() + "` stores a temporary entry per key (" + key.text() + (put.options().setsExpiryField()
            ? ", with an expiry field" : "") + ") in Durable Object " + cls + ", which never deletes from its storage and sets no"
            + " alarm: expired entries stay forever, so each object's storage grows with every distinct key (up to "
            + ctx.platform().whole("durableObjects.limits.sqliteStoragePerObjectGb") + " GB per object, billed at " + price
            + " per GB-month)")
        .evidence("class", cls)
        .evidence("value fields", put.options().written().isEmpty() ? "(not an object literal)" : String.join(", ", put.options().written()))
        .evidence("cleanup", "no storage.delete/deleteAll, SQL DELETE, setAlarm or alarm() in " + cls)
        .fix("Delete entries when they expire: set an alarm (`ctx.storage.setAlarm(expiresAt)`) whose alarm() deletes the"
            + " expired keys, delete on read when an entry is found stale, or `deleteAll()` when the session ends.")
        .build());
  }
}
