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
 * {@code SELECT COUNT(*) FROM t} without a filter on a request path: SQLite counts by reading the whole
 * table (or a whole index), so every page view that shows a total reads every row.
 */
@RuleInfo(id = "d1/unbounded-count", severity = Severity.MEDIUM, summary = "Unfiltered COUNT(*) over a table on a request path")
public final class D1UnboundedCount implements D1QueryRule {
  private static final Pattern COUNT_ALL = Pattern.compile("^\\s*select\\s+count\\s*\\(\\s*(\\*|1|\\w+)\\s*\\)\\s+(as\\s+\\w+\\s+)?from\\s+[\"`\\[]?(\\w+)[\"`\\]]?\\s*;?\\s*$",
      Pattern.CASE_INSENSITIVE);

  @Override
  public Stream<Finding> check(WorkerConfig worker, D1BindingAnalysis binding, QueryAnalysis query, RuleContext ctx) {
    var m = COUNT_ALL.matcher(query.sql());
    if (!m.find() || !query.site().onHotRequestPath() || binding.isLookupTable(m.group(3))) {
      return Stream.empty();
    }
    return Stream.of(finding(worker, binding, query)
        .message("`" + SqlSnippet.oneLine(query.sql()) + "` counts every row of `" + m.group(3) + "` on every request:"
            + " rows read grow with the table (D1 bills " + "rows scanned)")
        .fix("Keep a counter row updated in the same batch as inserts and deletes, or cache the count (KV with expirationTtl).")
        .build());
  }
}
