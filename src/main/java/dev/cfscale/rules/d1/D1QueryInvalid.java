package dev.cfscale.rules.d1;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.d1.D1BindingAnalysis;
import dev.cfscale.facts.d1.QueryAnalysis;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.D1QueryRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import dev.cfscale.rules.SqlSnippet;
import java.util.stream.Stream;

/** SQLite cannot prepare the query against the schema the migrations build: a runtime error waiting to happen. */
@RuleInfo(id = "d1/query-invalid-against-schema", severity = Severity.HIGH,
    summary = "D1 query does not match the schema from the migrations (missing table or column)")
public final class D1QueryInvalid implements D1QueryRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, D1BindingAnalysis binding, QueryAnalysis query, RuleContext ctx) {
    // SQL rebuilt from an ORM chain may differ from what the ORM sends (naming options): never an error claim
    if (query.error().isEmpty() || binding.schemaFiles().isEmpty() || query.site().options().fromOrm()) {
      return Stream.empty();
    }
    return Stream.of(finding(worker, binding, query)
        .message("`" + SqlSnippet.oneLine(query.sql()) + "` fails against the schema built from the migrations: "
            + query.error().get() + "; the request that runs it will throw")
        .evidence("sqlite error", query.error().get())
        .fix("Fix the query, or add the missing migration (and apply it with `wrangler d1 migrations apply`).")
        .build());
  }
}
