package dev.cfscale.facts.d1;

import java.util.List;
import java.util.stream.Stream;

/**
 * An index the planner was seen to use for a query, with its CREATE statement. When the query still
 * scans another table once this index exists (a join whose other side is then read in full),
 * {@code alsoNeeded} holds the further indexes found the same way, and {@code planAfter} is the plan
 * with all of them.
 */
public record IndexRecommendation(String table, List<String> columns, String name, String createStatement, List<String> planAfter,
    List<IndexRecommendation> alsoNeeded) {

  public IndexRecommendation {
    columns = List.copyOf(columns);
    planAfter = List.copyOf(planAfter);
    alsoNeeded = List.copyOf(alsoNeeded);
  }

  /** This index and every further one the query needs, in the order they were found. */
  public List<IndexRecommendation> all() {
    return Stream.concat(Stream.of(this), alsoNeeded.stream().flatMap(r -> r.all().stream())).toList();
  }

  /** The CREATE statements of {@link #all()}, separated by spaces. */
  public String createStatements() {
    return String.join(" ", all().stream().map(IndexRecommendation::createStatement).toList());
  }
}
