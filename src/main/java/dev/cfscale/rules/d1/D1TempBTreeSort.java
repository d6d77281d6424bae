package dev.cfscale.rules.d1;

import dev.cfscale.rules.SqlSnippet;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.d1.D1BindingAnalysis;
import dev.cfscale.facts.d1.QueryAnalysis;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.D1QueryRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * The plan sorts (or groups) in a temp B-tree although an index could deliver rows in order: every
 * execution reads and sorts all matching rows before returning the first. Only reported when the
 * advisor found an index that removes the sort, when no full scan is reported for the query, and when the
 * query has a LIMIT (without one every row is read anyway: that is {@code d1/unbounded-result}'s concern), and when the
 * filter does not already pin the rows to one owner ({@code WHERE user_id = ? ORDER BY updated_at}: one user's own rows,
 * found through an index on the owner, are few, and sorting them costs little).
 * {@code ORDER BY RANDOM()} is reported on its own (where the sort is written): no index can serve it, so every
 * execution reads and sorts every matching row, with or without a full scan beside it. Those two stay quiet on
 * admin routes and background paths (an operator's occasional pick, not every visitor's).
 */
@RuleInfo(id = "d1/temp-btree-sort", severity = Severity.MEDIUM, summary = "D1 query sorts in a temp B-tree an index could avoid")
public final class D1TempBTreeSort implements D1QueryRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, D1BindingAnalysis binding, QueryAnalysis query, RuleContext ctx) {
    if (query.shape().ordersRandomly()) {
      return randomOrder(worker, binding, query);
    }
    if (query.shape().ordersBySubquery()) {
      return subqueryOrder(worker, binding, query);
    }
    if (query.tempBTrees().isEmpty() || query.recommendation().isEmpty() || !query.fullScans().isEmpty() || !query.shape().hasLimit()
        || query.shape().scopedToOwner() || !query.reachable(!worker.code().entryPoints().isEmpty())) {
      return Stream.empty();
    }
    var r = query.recommendation().get();
    if (r.planAfter().stream().anyMatch(d -> d.startsWith("USE TEMP B-TREE")) || binding.isLookupTable(r.table())) {
      return Stream.empty();
    }
    return Stream.of(finding(worker, binding, query)
        .message("`" + SqlSnippet.oneLine(query.sql()) + "` builds a temp B-tree for " + String.join(", ", query.tempBTrees())
            + ": all matching rows are read and sorted on every execution, even with LIMIT")
        .evidence("plan with index", String.join(" | ", r.planAfter()))
        .evidence("index", r.createStatement())
        .fix("Add " + r.createStatement() + " so rows come back in index order and LIMIT stops early.")
        .build());
  }

  /**
   * {@code ORDER BY (SELECT COUNT(*) FROM stars WHERE stars.app_id = apps.id) DESC}: a ranking computed per row. Every
   * matching row is read, its subquery run, and all of them sorted before the LIMIT applies; no index serves that order.
   */
  private Stream<Finding> subqueryOrder(WorkerConfig worker, D1BindingAnalysis binding, QueryAnalysis query) {
    return unindexableOrder(worker, binding, query, "orders by a subquery: it runs for every matching row and all of"
            + " them are sorted in a temp B-tree on each execution, whatever the LIMIT; no index can serve that order, so the"
            + " cost grows with the table and with the rows each subquery counts",
        "Keep the ranking value in a column (a counter updated in the same batch as the rows it counts), index it, and"
            + " order by that column.");
  }

  private Stream<Finding> randomOrder(WorkerConfig worker, D1BindingAnalysis binding, QueryAnalysis query) {
    return unindexableOrder(worker, binding, query, "orders by RANDOM(): every matching row is read and sorted on a fresh"
            + " random key on each execution, whatever the LIMIT, and no index can serve that order",
        "Keep a random sort key in an indexed column and read from a random point (WHERE sort_key >= ? ORDER BY sort_key"
            + " LIMIT n), or cache a shuffled list of ids and page through it.");
  }

  /** A sort no index can serve (a per-row subquery, RANDOM()), on a reached query of a table that is not a lookup table. */
  private Stream<Finding> unindexableOrder(WorkerConfig worker, D1BindingAnalysis binding, QueryAnalysis query, String problem, String fix) {
    boolean lookup = query.shape().firstTable().filter(binding::isLookupTable).isPresent();
    // a random pick or a ranking on an admin route or a background path is an operator's, not every visitor's
    boolean operatorOnly = !worker.code().entryPoints().isEmpty() && !query.site().onHotRequestPath();
    if (query.tempBTrees().isEmpty() || lookup || operatorOnly || !query.reachable(!worker.code().entryPoints().isEmpty())) {
      return Stream.empty();
    }
    return Stream.of(finding(worker, binding, query)
        .at(query.site().options().orderWrittenAt().orElse(query.site().location()))
        .message("`" + SqlSnippet.oneLine(query.sql()) + "` " + problem)
        .fix(fix)
        .build());
  }
}
