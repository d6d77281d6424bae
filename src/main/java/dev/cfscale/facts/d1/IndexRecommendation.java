package dev.cfscale.facts.d1;

import java.util.List;

/** An index the planner was seen to use for a query, with its CREATE statement. */
public record IndexRecommendation(String table, List<String> columns, String name, String createStatement, List<String> planAfter) {

  public IndexRecommendation {
    columns = List.copyOf(columns);
    planAfter = List.copyOf(planAfter);
  }
}
