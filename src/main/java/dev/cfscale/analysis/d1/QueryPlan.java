package dev.cfscale.analysis.d1;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SQLite's {@code EXPLAIN QUERY PLAN} detail lines: which tables are scanned in full (a
 * {@code SCAN} without an index, or an automatic index built per query) and which temp B-trees are
 * built. D1 runs its own SQLite build, so only the stable prefixes are matched.
 */
record QueryPlan(List<String> details) {
  private static final Pattern SCAN = Pattern.compile("^SCAN (\\S+)(.*)$");
  private static final Pattern AUTOMATIC = Pattern.compile("^SEARCH (\\S+) USING AUTOMATIC");
  private static final Pattern SEARCH_TERMS = Pattern.compile("\\?");

  /** Names (tables or aliases) read in full. */
  List<String> fullScans() {
    List<String> out = new ArrayList<>();
    for (String d : details) {
      Matcher scan = SCAN.matcher(d);
      if (scan.find() && !scan.group(2).contains("USING") && !scan.group(2).contains("VIRTUAL TABLE")
          && !scan.group(1).toUpperCase(Locale.ROOT).startsWith("CONSTANT")) {
        out.add(scan.group(1));
      }
      Matcher auto = AUTOMATIC.matcher(d);
      if (auto.find()) {
        out.add(auto.group(1));
      }
    }
    return out;
  }

  /**
   * Names (tables or aliases) read from start to end in any form: a plain scan, a scan of an index
   * ({@code SCAN t USING INDEX i}, {@code USING COVERING INDEX}), or an automatic index built per query.
   * An index that leaves its table here has not made the query read fewer rows.
   */
  List<String> everyScan() {
    List<String> out = new ArrayList<>();
    for (String d : details) {
      Matcher scan = SCAN.matcher(d);
      if (scan.find() && !scan.group(2).contains("VIRTUAL TABLE") && !scan.group(1).toUpperCase(Locale.ROOT).startsWith("CONSTANT")) {
        out.add(scan.group(1));
      }
      Matcher auto = AUTOMATIC.matcher(d);
      if (auto.find()) {
        out.add(auto.group(1));
      }
    }
    return out;
  }

  /** What temp B-trees are for: "ORDER BY", "GROUP BY", "DISTINCT". */
  List<String> tempBTrees() {
    return details.stream().filter(d -> d.startsWith("USE TEMP B-TREE FOR ")).map(d -> d.substring("USE TEMP B-TREE FOR ".length()))
        .toList();
  }

  boolean uses(String indexName) {
    return details.stream().anyMatch(d -> d.contains(" " + indexName + " ") || d.endsWith(" " + indexName));
  }

  /** Higher is better: full scans cost most, then temp sorts; more indexed terms are better. */
  int score() {
    int terms = 0;
    for (String d : details) {
      if (d.startsWith("SEARCH")) {
        Matcher m = SEARCH_TERMS.matcher(d);
        while (m.find()) {
          terms++;
        }
      }
    }
    return -1000 * fullScans().size() - 100 * tempBTrees().size() + terms;
  }
}
