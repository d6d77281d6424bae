package dev.cfscale.facts.d1;

import java.util.regex.Pattern;
import dev.cfscale.facts.code.OperationSite;
import java.util.List;
import java.util.Optional;

/**
 * One SQL statement from the code, planned against the schema: SQLite's plan, the tables it scans
 * in full, temp B-trees, the index that would help (verified by re-planning), or the error when the
 * query does not fit the schema.
 *
 * @param scannedWithIndex the tables the query still reads from start to end once the recommended indexes exist
 *     (a scan of an index in sort order removes a temp B-tree, not the scan)
 */
public record QueryAnalysis(
    String binding,
    OperationSite site,
    String sql,
    List<String> plan,
    Optional<String> error,
    List<String> fullScans,
    List<String> tempBTrees,
    Optional<IndexRecommendation> recommendation,
    List<String> scannedWithIndex) {

  private static final Pattern FILTERED = Pattern.compile("\\b(where|join|order\\s+by|group\\s+by)\\b", Pattern.CASE_INSENSITIVE);

  public QueryAnalysis {
    plan = List.copyOf(plan);
    fullScans = List.copyOf(fullScans);
    tempBTrees = List.copyOf(tempBTrees);
    scannedWithIndex = List.copyOf(scannedWithIndex);
  }

  /** True when the recommended indexes leave {@code table} no longer read from start to end. */
  public boolean indexRemovesScanOf(String table) {
    return recommendation.isPresent() && scannedWithIndex.stream().noneMatch(table::equalsIgnoreCase);
  }

  /**
   * True when the query filters, joins or sorts: a scan then reads rows to find a few. A plain
   * unfiltered read of a table (a listing with LIMIT) scans by design.
   */
  public boolean filtersOrSorts() {
    return FILTERED.matcher(sql).find();
  }

  /** What the statement's clauses say about the rows it returns. */
  public SqlShape shape() {
    return new SqlShape(sql);
  }

  /**
   * A count over a growing share of a table: no filter, or one that does not pin the rows to one entity
   * ({@code WHERE status = 'published'}). An index cannot make it cheap: it still reads every matching row.
   */
  public boolean countsGrowingShare() {
    SqlShape shape = shape();
    return shape.countsOnly() && !shape.scopedToEntity();
  }

  /** True when some entry point of the Worker reaches the query, or the Worker's entry points are unknown. */
  public boolean reachable(boolean workerHasEntries) {
    return !workerHasEntries || !site.reachedFrom().isEmpty();
  }
}
