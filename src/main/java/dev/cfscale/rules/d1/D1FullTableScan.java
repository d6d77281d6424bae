package dev.cfscale.rules.d1;

import dev.cfscale.rules.SqlSnippet;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.d1.D1BindingAnalysis;
import dev.cfscale.facts.d1.IndexRecommendation;
import dev.cfscale.facts.d1.QueryAnalysis;
import dev.cfscale.findings.Figures;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.D1QueryRule;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SQLite's plan for a query scans a whole table to find the rows its filter wants. D1 bills rows scanned,
 * not returned, and a database runs one query at a time, so a scan of a growing table is both the cost trap
 * and the first throughput wall. Reported only with the index the advisor verified by re-planning (the
 * scan is gone afterwards). Quiet on: lookup tables (seeded by migrations, never written by the code);
 * unfiltered reads (reading every row is their point: a missing LIMIT is {@code d1/unbounded-result}'s);
 * counts over a growing share of a table ({@code d1/unbounded-count}'s); the table's own sweep of expired rows
 * ({@code DELETE ... WHERE expires_at < ? OR used = 1}), which keeps it to the rows younger than the cutoff, so it reads
 * that window; queries no entry point reaches.
 */
@RuleInfo(id = "d1/full-table-scan", severity = Severity.HIGH, summary = "D1 query scans a whole table (rows read grow with the table)")
public final class D1FullTableScan implements D1QueryRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, D1BindingAnalysis binding, QueryAnalysis query, RuleContext ctx) {
    Optional<String> table = query.fullScans().stream().filter(t -> binding.table(t).map(info -> !info.isLookupTable()).orElse(false))
        .findFirst();
    if (table.isEmpty() || !query.shape().filters() || !query.indexRemovesScanOf(table.get()) || query.countsGrowingShare()
        || query.shape().sweepsExpired(table.get())
        || !query.reachable(!worker.code().entryPoints().isEmpty())) {
      return Stream.empty();
    }
    Optional<Long> given = ctx.usage().tableRows(table.get());
    long rows = given.orElseGet(() -> ctx.assumptions().tableRows(table.get()).value().longValue());
    String source = given.isPresent() ? "from the usage file" : "assumed; give d1.table_rows in a usage file";
    BigDecimal perMillionRequests = ctx.platform().number("d1.pricing.usdPerMillionRowsRead").multiply(BigDecimal.valueOf(rows));
    FindingBuilder b = finding(worker, binding, query)
        .severity(query.site().onHotRequestPath() ? Severity.HIGH : Severity.MEDIUM)
        .message("`" + SqlSnippet.oneLine(query.sql()) + "` scans all of `" + table.get() + "`: every execution reads every row (about "
            + Figures.count(rows) + " rows, " + (given.isPresent() ? "per the usage file" : "assumed") + ": "
            + Figures.usd(perMillionRequests) + " per million executions), and a D1 database runs queries one at a time")
        .evidence("rows read per execution", "about " + Figures.count(rows) + " (" + source + ")")
        .evidence("cost", Figures.usd(perMillionRequests) + " per million executions at "
            + Figures.usd(ctx.platform().number("d1.pricing.usdPerMillionRowsRead")) + " per million rows read (d1.pricing.usdPerMillionRowsRead)");
    query.site().options().orm().filter(o -> o.nested()).ifPresent(o -> b.evidence("runs as", partWords(o.part())));
    withIndex(b, query.recommendation().get(), binding, table.get());
    return Stream.of(b.build());
  }

  /** How a nested piece of an ORM query runs. */
  private static String partWords(String part) {
    return part.startsWith("relation ") ? "the lookup Drizzle makes for `with: " + part.substring("relation ".length())
        + "`, once per row the outer query returns" : "a " + part + " of the enclosing query";
  }

  private static void withIndex(FindingBuilder b, IndexRecommendation r, D1BindingAnalysis binding, String table) {
    long writesPerRow = 1;
    boolean several = !r.alsoNeeded().isEmpty();
    b.evidence(several ? "plan with indexes" : "plan with index", String.join(" | ", r.planAfter()))
        .evidence(several ? "indexes" : "index", r.createStatements())
        .fix("Add " + r.createStatements() + " in a new migration (`cfscale fix --d1-indexes` writes "
            + (several ? "them" : "it") + "); each index adds " + writesPerRow + " row written per insert or update of its table"
            + " (here `" + table + "`), which D1 also bills.");
  }


}
