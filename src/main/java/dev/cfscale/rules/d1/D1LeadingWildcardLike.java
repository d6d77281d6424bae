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
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code LIKE '%term'} (or {@code LIKE '%' || ? || '%'}): no B-tree index can serve a leading wildcard,
 * so the query reads every row however the table is indexed. For a query builder the finding points at
 * the search filter where it is written (the like() call or sql`` fragment), not at each query using it.
 */
@RuleInfo(id = "d1/leading-wildcard-like", severity = Severity.MEDIUM, summary = "LIKE with a leading wildcard cannot use an index")
public final class D1LeadingWildcardLike implements D1QueryRule {
  private static final Pattern LEADING = Pattern.compile("\\blike\\s+(?:'%|\\(?\\s*'%'\\s*\\|\\|)", Pattern.CASE_INSENSITIVE);

  @Override
  public Stream<Finding> check(WorkerConfig worker, D1BindingAnalysis binding, QueryAnalysis query, RuleContext ctx) {
    // Drizzle searches are recorded where the like() is written ("filter" parts): the queries using them stay quiet
    boolean builtQuery = query.site().options().orm().filter(o -> o.orm().equals("drizzle") && !o.part().equals("filter")).isPresent();
    // a search on an admin route or a background path is an operator's, not every visitor's
    if (!LEADING.matcher(query.sql()).find() || builtQuery || !query.reachable(!worker.code().entryPoints().isEmpty())
        || (!worker.code().entryPoints().isEmpty() && !query.site().onHotRequestPath())) {
      return Stream.empty();
    }
    long patternBytes = ctx.platform().whole("d1.limits.maxLikeGlobPatternBytes");
    return Stream.of(finding(worker, binding, query)
        .message("`" + SqlSnippet.oneLine(query.sql()) + "` matches with a leading %: no index can serve it, so every row"
            + " is read on every search (D1 also caps LIKE patterns at " + patternBytes + " bytes)")
        .evidence("pattern limit", patternBytes + " bytes (d1.limits.maxLikeGlobPatternBytes)")
        .fix("Use an FTS5 virtual table for text search (CREATE VIRTUAL TABLE ... USING fts5), or match a prefix"
            + " (LIKE 'term%') on an indexed column.")
        .build());
  }
}
