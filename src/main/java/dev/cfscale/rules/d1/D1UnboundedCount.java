package dev.cfscale.rules.d1;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.Retention;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.d1.SqlShape;
import dev.cfscale.facts.d1.D1BindingAnalysis;
import dev.cfscale.facts.d1.QueryAnalysis;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.D1QueryRule;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import dev.cfscale.rules.SqlSnippet;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@code COUNT} over a whole table, or over a filter that does not pin it to one entity and that the plan
 * answers by scanning ({@code WHERE status = 'published'}), on a request path: SQLite counts by reading every
 * matching row, so every page view that shows a total reads a growing share of the table. An index on the filtered
 * column ({@code visibility}, {@code status}) finds those rows but still reads each of them; only an index that reads a
 * time window ({@code created_at > ?}) keeps the count to what traffic adds in it. Counts scoped to one
 * entity ({@code WHERE user_id = ?}) are left to {@code d1/full-table-scan}, lookup tables and background paths
 * stay quiet, except a count of one parent's rows of an event log: a table a read route appends a row to on every view
 * ({@code INSERT INTO app_views} on {@code GET /apps/:id}) and nothing removes ({@link Retention#loggedOnReads}) holds,
 * per parent, one row per view it ever had, so {@code COUNT(DISTINCT viewer) ... WHERE app_id = ?} grows with the
 * parent's lifetime traffic.
 */
@RuleInfo(id = "d1/unbounded-count", severity = Severity.MEDIUM, summary = "COUNT over a growing share of a table on a request path")
public final class D1UnboundedCount implements D1QueryRule {

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext context) {
    Retention retention = facts.retention();
    return facts.workers().stream().flatMap(w -> w.d1().stream().flatMap(b -> b.queries().stream()
        .flatMap(q -> Stream.concat(check(w, b, q, context), eventLogCount(w, b, q, retention)))));
  }

  @Override
  public Stream<Finding> check(WorkerConfig worker, D1BindingAnalysis binding, QueryAnalysis query, RuleContext ctx) {
    Optional<String> table = query.shape().firstTable().flatMap(t -> binding.table(t)).map(info -> info.name());
    if (!query.countsGrowingShare() || !query.site().onHotRequestPath() || table.isEmpty() || binding.isLookupTable(table.get())) {
      return Stream.empty();
    }
    boolean filtered = query.shape().filters();
    if (filtered && query.fullScans().isEmpty() && query.shape().windowed()) {
      return Stream.empty(); // an index reads the rows of a time window only: as many as traffic adds in it
    }
    FindingBuilder b = finding(worker, binding, query)
        .message("`" + SqlSnippet.oneLine(query.sql()) + "` counts " + (filtered ? "every matching row of `" + table.get()
            + "` (the filter does not pin one entity)" : "every row of `" + table.get() + "`") + " on every request: rows read"
            + " grow with the table (D1 bills rows scanned)")
        .fix("Keep a counter row updated in the same batch as inserts and deletes, or cache the count (KV with expirationTtl).");
    query.recommendation().ifPresent(r -> b.evidence("index", r.createStatements() + " (reads only the matching rows, still a"
        + " growing number)"));
    return Stream.of(b.build());
  }

  /** A count of one parent's rows of a table a read route logs a row to per view, and nothing prunes. */
  private Stream<Finding> eventLogCount(WorkerConfig worker, D1BindingAnalysis binding, QueryAnalysis query, Retention retention) {
    SqlShape shape = query.shape();
    Optional<String> table = shape.firstTable().flatMap(t -> binding.table(t)).map(info -> info.name());
    // one owner's totals (WHERE apps.user_id = ?) feed a page that owner reads; a parent's count feeds every visitor's page
    if (!shape.countsOnly() || !shape.scopedToEntity() || shape.scopedToOwner() || !query.site().onHotRequestPath() || table.isEmpty()) {
      return Stream.empty();
    }
    Optional<EntryPoint> logged = retention.loggedOnReads(table.get());
    return logged.stream().map(route -> finding(worker, binding, query)
        .message("`" + SqlSnippet.oneLine(query.sql()) + "` counts every row `" + table.get() + "` keeps for one parent on every"
            + " request, and " + route + " adds a row each time it is served while nothing deletes them: rows read grow with"
            + " the parent's lifetime traffic (D1 bills rows scanned)")
        .evidence("logged by", route.toString())
        .fix("Keep a counter column on the parent, incremented in the same batch as the insert (or a daily rollup table),"
            + " and read it instead of counting the log.")
        .build());
  }
}
