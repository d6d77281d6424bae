package dev.cfscale.rules.d1;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.code.OrmQuery;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code SELECT *} without {@code LIMIT} read with {@code .all()}: the result grows with the table
 * and is held in memory. Index questions are the D1 advisor's; this rule only looks at the shape.
 */
@RuleInfo(id = "d1/select-star-without-limit", severity = Severity.LOW,
    summary = "SELECT * without LIMIT read with .all(): result size grows with the table")
public final class D1SelectStarWithoutLimit implements CodeRule {
  private static final Pattern SELECT_STAR = Pattern.compile("^\\s*select\\s+(distinct\\s+)?\\*\\s+from\\s", Pattern.CASE_INSENSITIVE);
  private static final Pattern LIMIT = Pattern.compile("\\blimit\\b", Pattern.CASE_INSENSITIVE);
  /** A filter on a key column usually returns one row; those are left alone. */
  private static final Pattern KEY_LOOKUP = Pattern.compile("\\bwhere\\s+\\w*\\.?(id|uuid|slug|key|email)\\s*=\\s*[?:$]", Pattern.CASE_INSENSITIVE);

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    // raw .all(), or a Drizzle select that returns every row (awaited as is, or ended with .all())
    boolean drizzleAll = op.is(BindingType.D1_DATABASE, "prepare") && op.options().orm()
        .flatMap(OrmQuery::lastMethod).filter(Set.of("", "from", "where", "orderBy", "all")::contains).isPresent();
    if (!(op.is(BindingType.D1_DATABASE, "all") || drizzleAll) || op.sql().isEmpty()) {
      return Stream.empty();
    }
    String sql = op.sql().get().toLowerCase(Locale.ROOT);
    if (!SELECT_STAR.matcher(sql).find() || LIMIT.matcher(sql).find() || KEY_LOOKUP.matcher(sql).find()) {
      return Stream.empty();
    }
    long memoryMb = ctx.platform().whole("workers.limits.memoryMbPerIsolate");
    return Stream.of(finding(worker, op)
        .message("`" + op.sql().get().trim() + "` reads every matching row with every column and no LIMIT: the result (and"
            + " rows read) grows with the table, and the whole result is held in the isolate's " + memoryMb + " MB")
        .evidence("sql", op.sql().get())
        .fix("Name the columns you need and add LIMIT with pagination (keyset: WHERE id > ? ORDER BY id LIMIT ?).")
        .build());
  }
}
