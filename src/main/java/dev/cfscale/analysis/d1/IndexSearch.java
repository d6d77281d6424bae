package dev.cfscale.analysis.d1;

import dev.cfscale.facts.d1.TableInfo;
import dev.cfscale.facts.d1.IndexRecommendation;
import dev.cfscale.parse.sql.SqlSandbox;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Candidate-index search in the manner of SQLite's {@code .expert}: for each table the query scans
 * (or sorts), index each column the query mentions, then the useful ones together, re-plan inside a
 * savepoint, and keep the candidate the planner uses with the best plan. Nothing is kept in the schema.
 */
final class IndexSearch {
  /** Composite candidates are capped: wider indexes cost more writes than they save reads. */
  private static final int MAX_COLUMNS = 4;
  /** At most this many indexes are recommended for one query. */
  private static final int MAX_CHAIN = 2;
  private final SqlSandbox sandbox;
  private final String sql;
  private final Map<String, TableInfo> tables;
  /** How many indexes are already in place for this query (follow-up searches). */
  private final int chainDepth;

  IndexSearch(SqlSandbox sandbox, String sql, Map<String, TableInfo> tables) {
    this(sandbox, sql, tables, 0);
  }

  private IndexSearch(SqlSandbox sandbox, String sql, Map<String, TableInfo> tables, int chainDepth) {
    this.sandbox = sandbox;
    this.sql = sql;
    this.tables = tables;
    this.chainDepth = chainDepth;
  }

  Optional<IndexRecommendation> best(QueryPlan original, List<String> scannedTables) {
    List<String> targets = new ArrayList<>(scannedTables);
    if (targets.isEmpty()) {
      tables.keySet().stream().filter(t -> mentions(t)).findFirst().ifPresent(targets::add); // temp B-tree only
    }
    Optional<Candidate> best = Optional.empty();
    for (String table : targets) {
      TableInfo info = tables.get(table);
      if (info == null) {
        continue;
      }
      List<String> columns = mentionedColumns(info);
      List<Candidate> useful = new ArrayList<>();
      for (String column : columns) {
        tryIndex(table, List.of(column)).filter(c -> improves(original, c)).ifPresent(useful::add);
      }
      if (useful.size() > 1) {
        tryIndex(table, useful.stream().map(c -> c.columns.get(0)).toList()).filter(c -> improves(original, c)).ifPresent(useful::add);
      }
      if (columns.size() > 1) {
        // filter columns then sort columns, in the order the query names them (WHERE before ORDER BY)
        tryIndex(table, columns.subList(0, Math.min(columns.size(), MAX_COLUMNS))).filter(c -> improves(original, c))
            .ifPresent(useful::add);
      }
      for (Candidate c : useful) {
        if (best.isEmpty() || c.plan.score() > best.get().plan.score()
            || (c.plan.score() == best.get().plan.score() && c.columns.size() < best.get().columns.size())) {
          best = Optional.of(c);
        }
      }
    }
    return best.map(this::withFollowUps);
  }

  /**
   * When the chosen index leaves another table read in full (typically the other side of a join),
   * search again with the index in place, a bounded number of times.
   */
  private IndexRecommendation withFollowUps(Candidate c) {
    List<String> stillScanned = c.plan.fullScans().stream().filter(tables::containsKey).distinct().toList();
    if (stillScanned.isEmpty() || chainDepth >= MAX_CHAIN) {
      return new IndexRecommendation(c.table, c.columns, c.name, c.create, c.plan.details(), List.of());
    }
    try {
      sandbox.execute("SAVEPOINT cfscale_chain");
      try {
        sandbox.execute(c.create);
        IndexSearch next = new IndexSearch(sandbox, sql, tables, chainDepth + 1);
        return next.best(c.plan, stillScanned)
            .map(more -> new IndexRecommendation(c.table, c.columns, c.name, c.create, more.planAfter(), List.of(more)))
            .orElse(new IndexRecommendation(c.table, c.columns, c.name, c.create, c.plan.details(), List.of()));
      } finally {
        sandbox.execute("ROLLBACK TO cfscale_chain");
        sandbox.execute("RELEASE cfscale_chain");
      }
    } catch (SQLException e) {
      return new IndexRecommendation(c.table, c.columns, c.name, c.create, c.plan.details(), List.of());
    }
  }

  private record Candidate(String table, List<String> columns, String name, String create, QueryPlan plan) {}

  /**
   * True only when the candidate changes what the query reads: its table was scanned and no longer is
   * (in any form: a scan of the new index reads every row just the same), or a temp B-tree sort is gone
   * without a new scan. An index the planner merely uses (a covering-index scan for a COUNT, an index on
   * an INTEGER PRIMARY KEY) is a no-op and never recommended.
   */
  private boolean improves(QueryPlan before, Candidate c) {
    boolean scannedBefore = resolved(before.fullScans()).contains(c.table);
    boolean scannedAfter = resolved(c.plan.everyScan()).contains(c.table);
    boolean fewerSorts = c.plan.tempBTrees().size() < before.tempBTrees().size()
        && c.plan.fullScans().size() <= before.fullScans().size();
    return c.plan.score() > before.score() && ((scannedBefore && !scannedAfter) || fewerSorts);
  }

  private List<String> resolved(List<String> planNames) {
    return planNames.stream().map(n -> TableNames.resolve(n, sql, tables.keySet())).toList();
  }

  private Optional<Candidate> tryIndex(String table, List<String> columns) {
    String name = ("idx_" + table + "_" + String.join("_", columns)).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    String create = "CREATE INDEX IF NOT EXISTS " + name + " ON " + table + " (" + String.join(", ", columns) + ");";
    try {
      sandbox.execute("SAVEPOINT cfscale_candidate");
      try {
        sandbox.execute(create);
        QueryPlan plan = new QueryPlan(sandbox.plan(sql));
        return plan.uses(name) ? Optional.of(new Candidate(table, columns, name, create, plan)) : Optional.empty();
      } finally {
        sandbox.execute("ROLLBACK TO cfscale_candidate");
        sandbox.execute("RELEASE cfscale_candidate");
      }
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  /** The table's columns named in the query, in the order they first appear after FROM. */
  private List<String> mentionedColumns(TableInfo table) {
    String lower = sql.toLowerCase(Locale.ROOT);
    int from = Math.max(0, lower.indexOf(" from "));
    String tail = lower.substring(from);
    return table.columns().stream()
        .filter(c -> Pattern.compile("\\b" + Pattern.quote(c.toLowerCase(Locale.ROOT)) + "\\b").matcher(tail).find())
        .sorted(Comparator.comparingInt(c -> indexOfWord(tail, c.toLowerCase(Locale.ROOT))))
        .toList();
  }

  private boolean mentions(String table) {
    return Pattern.compile("\\b" + Pattern.quote(table) + "\\b", Pattern.CASE_INSENSITIVE).matcher(sql).find();
  }

  private static int indexOfWord(String text, String word) {
    var m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
    return m.find() ? m.start() : Integer.MAX_VALUE;
  }
}
