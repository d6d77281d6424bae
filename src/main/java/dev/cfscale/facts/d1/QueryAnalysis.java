package dev.cfscale.facts.d1;

import dev.cfscale.facts.code.OperationSite;
import java.util.List;
import java.util.Optional;

/**
 * One SQL statement from the code, planned against the schema: SQLite's plan, the tables it scans
 * in full, temp B-trees, the index that would help (verified by re-planning), or the error when the
 * query does not fit the schema.
 */
public record QueryAnalysis(
    String binding,
    OperationSite site,
    String sql,
    List<String> plan,
    Optional<String> error,
    List<String> fullScans,
    List<String> tempBTrees,
    Optional<IndexRecommendation> recommendation) {

  public QueryAnalysis {
    plan = List.copyOf(plan);
    fullScans = List.copyOf(fullScans);
    tempBTrees = List.copyOf(tempBTrees);
  }
}
