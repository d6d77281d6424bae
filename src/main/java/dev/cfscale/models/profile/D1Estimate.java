package dev.cfscale.models.profile;

import dev.cfscale.facts.d1.D1BindingAnalysis;
import dev.cfscale.facts.d1.QueryAnalysis;
import dev.cfscale.facts.d1.TableInfo;
import dev.cfscale.facts.workload.Workload;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows read, rows written and database time of one execution of a D1 statement, from the D1 advisor's
 * plan: a full scan reads the whole table (the workload's table size, or the seeded rows of a lookup
 * table), a search through an index reads {@code d1.rows_read_per_indexed_query} per searched table, and
 * a write writes {@code d1.rows_written_per_write}. Time is {@code d1.query_ms} plus the rows scanned at
 * {@code d1.rows_scanned_per_ms}.
 */
record D1Estimate(BigDecimal rowsRead, BigDecimal rowsWritten, BigDecimal queryMs, List<String> assumptions, String note) {
  private static final Pattern WRITE = Pattern.compile("^\\s*(insert|replace|update|delete)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern INSERT = Pattern.compile("^\\s*(insert|replace)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILTERED = Pattern.compile("\\b(where|join|order\\s+by|group\\s+by)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern INDEX_SCAN = Pattern.compile("^SCAN (\\S+) USING (?:COVERING )?INDEX\\b");
  private static final Pattern LIMIT = Pattern.compile("\\blimit\\s+(\\d+)\\s*;?\\s*$", Pattern.CASE_INSENSITIVE);

  static D1Estimate of(Optional<String> sql, Optional<QueryAnalysis> query, Optional<D1BindingAnalysis> binding, Workload w) {
    List<String> used = new ArrayList<>();
    String text = sql.orElse("");
    boolean write = WRITE.matcher(text).find();
    BigDecimal written = BigDecimal.ZERO;
    if (write) {
      written = w.get("d1.rows_written_per_write").value();
      used.add("d1.rows_written_per_write");
    }
    BigDecimal read;
    String note;
    if (query.isEmpty() || query.get().error().isPresent()) {
      read = INSERT.matcher(text).find() ? BigDecimal.ZERO : indexed(w, used);
      note = query.isEmpty() ? "not planned (SQL not known as written)" : "does not fit the schema";
    } else if (!scans(query.get(), binding).isEmpty()) {
      List<String> tables = scans(query.get(), binding);
      read = BigDecimal.ZERO;
      for (String table : tables) {
        read = read.add(scanned(table, text, binding, w, used));
      }
      note = "scans " + String.join(", ", tables);
    } else if (INSERT.matcher(text).find()) {
      read = BigDecimal.ZERO;
      note = "insert";
    } else {
      long searches = Math.max(1, query.get().plan().stream().filter(p -> p.contains("SEARCH")).count());
      read = indexed(w, used).multiply(BigDecimal.valueOf(searches));
      note = "uses an index";
    }
    BigDecimal ms = w.get("d1.query_ms").value().add(read.divide(w.get("d1.rows_scanned_per_ms").value(), MathContext.DECIMAL64));
    used.add("d1.query_ms");
    used.add("d1.rows_scanned_per_ms");
    return new D1Estimate(read, written, ms, used, note);
  }

  /**
   * Tables read in full: the advisor's full scans, plus scans through an index ({@code SCAN t USING COVERING
   * INDEX i}), which the advisor leaves out of its findings but which read (and bill) every row all the same.
   */
  private static List<String> scans(QueryAnalysis q, Optional<D1BindingAnalysis> binding) {
    List<String> out = new ArrayList<>(q.fullScans());
    for (String line : q.plan()) {
      Matcher m = INDEX_SCAN.matcher(line.trim());
      if (m.find()) {
        String table = resolve(m.group(1), q.sql(), binding);
        if (out.stream().noneMatch(table::equalsIgnoreCase)) {
          out.add(table);
        }
      }
    }
    return out;
  }

  /** A plan's name for a table (the table, or its alias in the SQL) as the schema names it. */
  private static String resolve(String planName, String sql, Optional<D1BindingAnalysis> binding) {
    var tables = binding.map(b -> b.tables().keySet()).orElse(java.util.Set.of());
    for (String t : tables) {
      if (t.equalsIgnoreCase(planName)) {
        return t;
      }
    }
    for (String t : tables) {
      if (Pattern.compile("\\b" + Pattern.quote(t) + "\\s+(?:as\\s+)?" + Pattern.quote(planName) + "\\b", Pattern.CASE_INSENSITIVE)
          .matcher(sql).find()) {
        return t;
      }
    }
    return planName;
  }

  private static BigDecimal indexed(Workload w, List<String> used) {
    used.add("d1.rows_read_per_indexed_query");
    return w.get("d1.rows_read_per_indexed_query").value();
  }

  private static BigDecimal scanned(String table, String sql, Optional<D1BindingAnalysis> binding, Workload w, List<String> used) {
    Optional<TableInfo> info = binding.flatMap(b -> b.table(table));
    BigDecimal rows;
    if (info.isPresent() && info.get().isLookupTable()) {
      rows = BigDecimal.valueOf(info.get().seededRows());
    } else {
      var assumption = w.tableRows(table);
      used.add(assumption.key());
      rows = assumption.value();
    }
    Matcher limit = LIMIT.matcher(sql.trim());
    if (!FILTERED.matcher(sql).find() && limit.find()) {
      // a plain LIMIT read without filter or sort stops after LIMIT rows
      rows = rows.min(new BigDecimal(limit.group(1)));
    }
    return rows;
  }
}
