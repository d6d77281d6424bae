package dev.cfscale.rules.storage;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.code.StoredGrowth;
import dev.cfscale.facts.Retention;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Figures;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeFactsRule;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Storage that only grows: a KV put of a key made fresh on every call (a random id, a timestamp) with no {@code expirationTtl} that no code anywhere in the
 * project deletes, or an insert into a D1 (or Durable Object SQL) table that nothing ever deletes from, updates or
 * prunes (an append-only log with no retention), or a Durable Object storage put of a key made fresh on every call in a
 * class that never deletes from its storage. Each call leaves one more key or row forever. Also a Durable Object's
 * one value that gains an item or a key per call and that nothing shrinks: an Agent's state array or map
 * ({@code setState}), a Cloudflare Actors {@code @Persist} field, a list read from storage and put back one item longer. Cache fills
 * ({@code kv/cache-put-without-ttl}), constant keys ({@code kv/constant-key-write}), per-entity records read and
 * written back, admin-only writes and code no entry point reaches stay quiet, and so does a run that did not read
 * the whole project ({@code --config}), since the delete may live in a Worker it did not read.
 */
@RuleInfo(id = "storage/unbounded-growth", severity = Severity.MEDIUM,
    summary = "Per-request keys or rows written with no TTL, delete or retention anywhere in the project")
public final class UnboundedStorageGrowth implements CodeFactsRule {

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext ctx) {
    if (!facts.wholeProject()) {
      return Stream.empty();
    }
    Retention retention = facts.retention();
    return facts.workers().stream().flatMap(w -> w.code().operations().stream().flatMap(op -> check(w, op, retention, ctx)));
  }

  private Stream<Finding> check(WorkerConfig worker, OperationSite op, Retention retention, RuleContext ctx) {
    if (!reachedByUsersOrBackground(op)) {
      return Stream.empty();
    }
    Optional<StoredGrowth> growth = op.options().growth().filter(StoredGrowth::onlyGrows);
    if (growth.isPresent() && op.bindingType().filter(BindingType.DURABLE_OBJECT::equals).isPresent()) {
      return Stream.of(valueFinding(worker, op, growth.get(), ctx));
    }
    if (op.is(BindingType.KV_NAMESPACE, "put")) {
      return growingKey(worker, op, retention) ? Stream.of(kvFinding(worker, op, ctx)) : Stream.empty();
    }
    if (op.is(BindingType.DURABLE_OBJECT, "storage.put")) {
      return growingObjectKey(op, retention) ? Stream.of(objectKeyFinding(worker, op, ctx)) : Stream.empty();
    }
    boolean runsSql = op.isD1RoundTrip() || op.isOrmInsert() || op.is(BindingType.DURABLE_OBJECT, "sql.exec");
    return runsSql ? retention.appendOnlyTable(op).map(table -> sqlFinding(worker, op, table, retention, ctx)).stream() : Stream.empty();
  }

  /**
   * Reached by some entry other than an administrative or test route: writes only editors make (posts, settings) are
   * content by design, and code no entry reaches may be dead.
   */
  private static boolean reachedByUsersOrBackground(OperationSite op) {
    return !op.adminGuarded() && op.reachedFrom().stream().anyMatch(e -> e.isHotRequestPath() || !e.kind().isRequestPath());
  }

  /**
   * A put whose key is new on every call (it embeds a random id or the current time: a key per entity is overwritten by
   * later calls and grows only with the entities) and that nothing expires or deletes.
   */
  private static boolean growingKey(WorkerConfig worker, OperationSite put, Retention retention) {
    return !put.options().sets("expirationTtl") && !put.options().sets("expiration") && !put.options().unreadOptions()
        && put.key().uniquePerCall() && !worker.code().isCacheFill(put) && worker.code().readOfWrittenKey(put).isEmpty() && !retention.deletesKeysOf(put);
  }

  /**
   * A Durable Object storage put whose key is new on every call ({@code msg:${Date.now()}}: a log kept one key per
   * event) in a class that never deletes from its storage, wipes itself or sets an alarm. Temporary entries (an expiry
   * field, a cache or session key) are {@code durable-objects/storage-without-cleanup}'s.
   */
  private static boolean growingObjectKey(OperationSite put, Retention retention) {
    return put.key().uniquePerCall() && !put.storesTemporaryEntry() && put.binding().filter(retention::durableObjectCleansUp).isEmpty();
  }

  private Finding objectKeyFinding(WorkerConfig worker, OperationSite put, RuleContext ctx) {
    String cls = put.binding().orElse("the object");
    return CodeRule.finding(this, worker, put).severity(severity(put))
        .message("`" + put.code() + "` writes a new key per call (" + put.key().text() + ") into the storage of Durable Object "
            + cls + ", which never deletes from its storage, wipes it or sets an alarm: each object grows by one key per call"
            + " (1 million calls leave 1 million keys, storage billed at " + Figures.usd(ctx.platform().number(
            "durableObjects.pricing.sqlite.usdPerGbMonth")) + " per GB-month, up to " + ctx.platform().whole(
            "durableObjects.limits.sqliteStoragePerObjectGb") + " GB per object) " + pathWords(put))
        .evidence("write", put.location() + " `" + put.code() + "`")
        .evidence("grows by", "key")
        .evidence("retention", "no storage.delete/deleteAll, SQL DELETE, setAlarm or alarm() in " + cls)
        .fix("Keep only what is read: delete old keys when new ones are written (keep the last N), or set an alarm whose"
            + " alarm() deletes keys past their useful life; for a log, a SQL table with a DELETE of old rows is easier to prune.")
        .build();
  }

  private Finding kvFinding(WorkerConfig worker, OperationSite put, RuleContext ctx) {
    String price = Figures.usd(ctx.platform().number("kv.pricing.usdPerGbMonth"));
    return CodeRule.finding(this, worker, put).severity(severity(put))
        .message("`" + put.code() + "` writes a new key per call (" + put.key().text() + ") with no expirationTtl, and no code"
            + " in the project deletes these keys: " + put.binding().orElse("the namespace") + " grows by one key per call"
            + " (1 million calls leave 1 million keys, billed at " + price + " per GB-month) " + pathWords(put))
        .evidence("write", put.location() + " `" + put.code() + "`")
        .evidence("grows by", "key")
        .evidence("retention", "no expirationTtl/expiration option; no delete of " + put.binding().orElse("?")
            + " keys with this prefix in any Worker")
        .fix("Pass { expirationTtl: <seconds> } when the data has a useful life, or delete the keys when what they describe"
            + " ends (a cron that lists the prefix and deletes old keys). Keep records meant to be permanent in D1 or R2.")
        .build();
  }

  private Finding sqlFinding(WorkerConfig worker, OperationSite insert, String table, Retention retention, RuleContext ctx) {
    boolean objectSql = insert.bindingType().filter(BindingType.DURABLE_OBJECT::equals).isPresent();
    String price = Figures.usd(ctx.platform().number(objectSql ? "durableObjects.pricing.sqlite.usdPerGbMonth" : "d1.pricing.usdPerGbMonth"));
    String limit = objectSql ? ctx.platform().whole("durableObjects.limits.sqliteStoragePerObjectGb") + " GB per object"
        : ctx.platform().whole("d1.limits.maxDatabaseSizeGbPaid") + " GB per database";
    // a parent's deletion that clears its rows (DELETE FROM visits WHERE recipe_id = ? beside the recipe's) prunes nothing old
    Optional<Location> withParent = objectSql ? Optional.empty() : retention.clearedWithParentAt(table);
    return CodeRule.finding(this, worker, insert).severity(severity(insert))
        .message("`" + insert.code() + "` appends a row to `" + table + "` per call, and no statement in the project deletes"
            + " from, updates or prunes `" + table + "`" + (withParent.isPresent() ? " except when the record its rows belong to is"
            + " deleted" : "") + ": the table only grows (1 million calls leave 1 million rows, storage"
            + " billed at " + price + " per GB-month, up to " + limit + ") " + pathWords(insert))
        .evidence("write", insert.location() + " " + insert.sql().orElse(""))
        .evidence("grows by", "row")
        .evidence("retention", withParent.map(at -> "rows of " + table + " are deleted only with the record they belong to (" + at + ")")
            .orElse("no DELETE, UPDATE, REPLACE or DROP of " + table + (objectSql ? " in class " + insert.binding().orElse("?")
            : " on any D1 binding of any Worker")))
        .fix("Add retention: a scheduled (cron) handler that runs `DELETE FROM " + table + " WHERE <time column> < ?` for rows"
            + " past their useful life, or roll old rows up into a summary table; keep only what something reads.")
        .build();
  }

  /**
   * A Durable Object value (an Agent's state, a persisted field, one storage key) that gains an item or a key per call
   * and that no code of the class ever shrinks: the object's one value grows until it passes the per-value cap.
   */
  private Finding valueFinding(WorkerConfig worker, OperationSite write, StoredGrowth growth, RuleContext ctx) {
    boolean row = write.operation().equals("state.set");
    String limit = row ? Figures.number(ctx.platform().number("durableObjects.limits.sqlMaxRowBytes").movePointLeft(6)) + " MB per SQLite row"
        : Figures.number(ctx.platform().number("durableObjects.limits.sqliteKeyPlusValueMb")) + " MB per stored value";
    String cls = write.binding().orElse("the object");
    String what = growth.shape() == StoredGrowth.Shape.KEYED ? "adds a key to " + growth.collection() + " (one more entry per call)"
        : "appends to " + growth.collection() + " (one more item per call)";
    String where = switch (write.operation()) {
      case "state.set" -> "the Agent's state, which is stored whole as one row and sent in full to every connected client";
      case "persist.set" -> "a @Persist field, which is saved whole as one storage value on every change";
      default -> "one storage value, rewritten whole on every call";
    };
    return CodeRule.finding(this, worker, write).severity(severity(write))
        .message("`" + write.code() + "` " + what + ", and no code of " + cls + " removes entries from it: it lives in " + where
            + ", so it grows with every call " + pathWords(write) + ", until a write passes the limit of " + limit + " and fails")
        .evidence("write", write.location() + " `" + write.code() + "`")
        .evidence("grows by", "item")
        .evidence("retention", "no other write of " + growth.collection() + " in " + cls + " shrinks or resets it (no filter, delete,"
            + " slice, shift or splice)")
        .fix("Cap it (keep the last N: `[...list.slice(-N + 1), item]`), remove entries when what they describe ends, or keep one"
            + " row or key per entry (a SQL table with `this.sql`, `storage.put(\"entry:\" + id, entry)`) and only a summary in the value.")
        .build();
  }

  /** Medium on a request path (growth follows traffic), low for background work. */
  private static Severity severity(OperationSite op) {
    return op.onHotRequestPath() ? Severity.MEDIUM : Severity.LOW;
  }

  private static String pathWords(OperationSite op) {
    return op.onHotRequestPath() ? "on a request path, so it grows with traffic" : "from background work";
  }
}
