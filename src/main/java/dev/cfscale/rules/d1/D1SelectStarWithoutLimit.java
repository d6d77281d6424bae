package dev.cfscale.rules.d1;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.code.OrmQuery;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.d1.SqlShape;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * {@code SELECT *} (or {@code SELECT t.*}) without {@code LIMIT} whose rows all come back: D1's {@code .all()},
 * an ORM query awaited as built, or a Durable Object's {@code sql.exec}. The result grows with the table and is
 * held in memory. A filter that pins one entity ({@code WHERE id = ?}, {@code WHERE user_id = ?}) bounds the
 * rows by that entity and is left alone, as is code no entry point reaches and a Durable Object table the object itself
 * prunes ({@code DELETE FROM} the same table, or all of its storage on a timer). Index questions are the D1 advisor's; this rule only looks at the shape.
 */
@RuleInfo(id = "d1/select-star-without-limit", severity = Severity.LOW,
    summary = "SELECT * without LIMIT whose rows all come back: result size grows with the table")
public final class D1SelectStarWithoutLimit implements CodeRule {

  /**
   * A Durable Object table the class also deletes from (a buffer or state it prunes), or one of an object that erases all
   * its storage on a timer (a session object that destroys itself when idle), stays small.
   */
  private static boolean prunedByTheObject(WorkerConfig worker, OperationSite op, SqlShape shape) {
    return worker.code().onSelfErasingObject(op) || shape.firstTable().map(t -> worker.code().operations().stream().filter(o -> o.binding().equals(op.binding()) && o.sql().isPresent())
        .map(o -> new SqlShape(o.sql().get())).anyMatch(o -> o.deletesFrom(t))).orElse(false);
  }

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    boolean ormAll = op.is(BindingType.D1_DATABASE, "prepare") && op.options().orm().filter(OrmQuery::returnsAllRows).isPresent();
    boolean objectSql = op.is(BindingType.DURABLE_OBJECT, "sql.exec");
    boolean reachable = worker.code().entryPoints().isEmpty() || !op.reachedFrom().isEmpty();
    if (!(op.is(BindingType.D1_DATABASE, "all") || ormAll || objectSql) || op.sql().isEmpty() || op.sqlTemplated() || !reachable) {
      return Stream.empty();
    }
    SqlShape shape = new SqlShape(op.sql().get());
    if (!shape.selectsStar() || shape.hasLimit() || shape.scopedToEntity() || (objectSql && prunedByTheObject(worker, op, shape))) {
      return Stream.empty();
    }
    long memoryMb = ctx.platform().whole("workers.limits.memoryMbPerIsolate");
    String where = objectSql ? " (Durable Object class " + op.binding().orElse("?") + ")" : "";
    return Stream.of(finding(worker, op)
        .message("`" + op.sql().get().trim() + "`" + where + " reads every matching row with every column and no LIMIT: the"
            + " result (and rows read) grows with the table, and the whole result is held in the isolate's " + memoryMb + " MB")
        .evidence("sql", op.sql().get())
        .fix("Name the columns you need and add LIMIT with pagination (keyset: WHERE id > ? ORDER BY id LIMIT ?).")
        .build());
  }
}
