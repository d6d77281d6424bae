package dev.cfscale.rules.d1;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.code.OrmQuery;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.d1.D1BindingAnalysis;
import dev.cfscale.facts.d1.SqlShape;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import dev.cfscale.rules.SqlSnippet;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A read on a request path that returns every row of a growing table, or as many as the request asks for: no
 * filter and no LIMIT (named columns; {@code SELECT *} is {@code d1/select-star-without-limit}'s), or a LIMIT
 * taken from the query string with no cap ({@code ?limit=100000}) on a query not pinned to one entity
 * ({@code WHERE user_id = ?}). Aggregates, lookup tables and background paths stay quiet.
 */
@RuleInfo(id = "d1/unbounded-result", severity = Severity.MEDIUM,
    summary = "D1 read on a request path returns every row of a growing table (no LIMIT, or a LIMIT the request chooses)")
public final class D1UnboundedResult implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    boolean ormAll = op.is(BindingType.D1_DATABASE, "prepare") && op.options().orm().filter(OrmQuery::returnsAllRows).isPresent();
    if (!(op.is(BindingType.D1_DATABASE, "all") || ormAll) || op.sql().isEmpty() || op.sqlTemplated() || !op.onHotRequestPath()) {
      return Stream.empty();
    }
    SqlShape shape = new SqlShape(op.sql().get());
    boolean noLimit = !shape.hasLimit() && !shape.selectsStar() && !shape.filters(); // a filtered read is bounded by what it matches
    boolean requestLimit = shape.hasLimit() && op.options().uncappedLimit().isPresent();
    if (!shape.isSelect() || shape.aggregatesOnly() || shape.scopedToEntity() || !(noLimit || requestLimit) || lookupTable(worker, op, shape)) {
      return Stream.empty();
    }
    long memoryMb = ctx.platform().whole("workers.limits.memoryMbPerIsolate");
    String why = requestLimit ? "takes its LIMIT from the query string with no cap: one request can ask for every row"
        : "has no LIMIT: it returns every matching row";
    return Stream.of(finding(worker, op)
        .at(requestLimit ? op.options().uncappedLimit().get() : op.location())
        .message("`" + SqlSnippet.oneLine(op.sql().get()) + "` " + why + " of `" + shape.firstTable().orElse("?") + "`, so rows read,"
            + " response size and the isolate's " + memoryMb + " MB hold all of a growing table")
        .evidence("sql", op.sql().get())
        .evidence("memory", memoryMb + " MB per isolate (workers.limits.memoryMbPerIsolate)")
        .fix(requestLimit ? "Cap the requested page size (Math.min(limit, 100), or .max(100) in the query schema)."
            : "Paginate: LIMIT with keyset pagination (WHERE id > ? ORDER BY id LIMIT ?), or cache the full list if it must be whole.")
        .build());
  }

  /** True when the table read is a lookup table (seeded by the migrations, never written by the code). */
  private static boolean lookupTable(WorkerConfig worker, OperationSite op, SqlShape shape) {
    Optional<D1BindingAnalysis> binding = worker.d1().stream().filter(b -> op.binding().filter(b.binding()::equals).isPresent()).findFirst();
    return binding.isPresent() && shape.firstTable().map(t -> binding.get().isLookupTable(t)).orElse(false);
  }
}
