package dev.cfscale.rules.durableobjects;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.d1.D1BindingAnalysis;
import dev.cfscale.facts.d1.QueryAnalysis;
import dev.cfscale.findings.Figures;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeFactsRule;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import dev.cfscale.rules.SqlSnippet;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A query a SQLite-backed Durable Object sends through {@code ctx.storage.sql.exec} scans a whole table
 * of that object (often with a sort). One object is one thread: as its table grows (a busy room's
 * history, a tenant's records) every such request reads every row, billed as rows read, and queues the
 * requests behind it. The schema comes from the class's own CREATE statements; reported only with an index
 * verified by re-planning, as for D1 (the scan is gone, or the sort of a LIMIT query is), and only for code an
 * entry point reaches on a path that serves requests (a purge that only the object's alarm runs is the alarm's job).
 */
@RuleInfo(id = "durable-objects/sql-full-table-scan", severity = Severity.MEDIUM,
    summary = "Durable Object SQL query scans a whole table of the object")
public final class DurableObjectSqlFullScan implements CodeFactsRule {

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext ctx) {
    return facts.workers().stream().flatMap(w -> w.durableObjectSql().stream()
        .flatMap(c -> c.queries().stream().flatMap(q -> finding(w, c, q, ctx).stream())));
  }

  /** Only alarms, crons, queues or workflows run the query: a sweep at the job's cadence, not a scan per request. */
  private static boolean backgroundOnly(QueryAnalysis query) {
    return !query.site().reachedFrom().isEmpty() && query.site().reachedFrom().stream().noneMatch(e -> e.kind().isRequestPath());
  }

  private Optional<Finding> finding(WorkerConfig worker, D1BindingAnalysis cls, QueryAnalysis query, RuleContext ctx) {
    Optional<String> table = query.fullScans().stream().filter(t -> cls.table(t).isPresent()).findFirst();
    boolean scanFixed = table.isPresent() && query.shape().filters() && query.indexRemovesScanOf(table.get());
    boolean sortFixed = table.isPresent() && !query.tempBTrees().isEmpty() && query.shape().hasLimit() && query.recommendation()
        .filter(r -> r.planAfter().stream().noneMatch(d -> d.startsWith("USE TEMP B-TREE"))).isPresent();
    if (!(scanFixed || sortFixed) || !query.reachable(!worker.code().entryPoints().isEmpty()) || backgroundOnly(query)) {
      return Optional.empty();
    }
    String price = Figures.usd(ctx.platform().number("durableObjects.pricing.sqlite.usdPerMillionRowsRead"));
    // where the SQL is written when a wrapper (sql2(query, ...values)) receives it: the line the user changes
    FindingBuilder b = FindingBuilder.of(this, query.site().options().sqlPassedAt().orElse(query.site().location())).worker(worker.topLevelName()).environments(worker.environmentLabels())
        .message("`" + SqlSnippet.oneLine(query.sql()) + "` in Durable Object class " + cls.binding() + (scanFixed ? " reads all of `"
            + table.get() + "` on every execution" : " reads and sorts all of `" + table.get() + "` in a temp B-tree before its LIMIT")
            + ": rows read grow with that object's table (billed at " + price + " per million rows read)"
            + " and the object's single thread is busy for the whole scan")
        .evidence("sql", query.sql())
        .evidence("class", cls.binding())
        .evidence("plan", String.join(" | ", query.plan()))
        .evidence("schema", "the class's own CREATE statements");
    if (!query.site().reachedFrom().isEmpty()) {
      b.evidence("reached from", query.site().reachedFrom().stream().map(EntryPoint::toString).sorted().collect(Collectors.joining(", ")));
    }
    query.recommendation().ifPresent(r -> b.evidence("plan with index", String.join(" | ", r.planAfter()))
        .evidence("index", r.createStatements())
        .fix("Run " + r.createStatements() + " where the class creates its tables (indexes are rows written too, once per"
            + " insert or update)."));
    return Optional.of(b.subject(cls.binding() + ":" + query.sql()).build());
  }
}
