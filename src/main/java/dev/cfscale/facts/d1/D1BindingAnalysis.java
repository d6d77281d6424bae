package dev.cfscale.facts.d1;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The D1 advisor's view of one binding: which schema files were applied, the tables, every query's plan. */
public record D1BindingAnalysis(String binding, List<String> schemaFiles, Map<String, TableInfo> tables, List<QueryAnalysis> queries) {

  public D1BindingAnalysis {
    schemaFiles = List.copyOf(schemaFiles);
    tables = Map.copyOf(tables);
    queries = List.copyOf(queries);
  }

  /** The table named {@code name} (case-insensitive, as SQLite compares names). */
  public Optional<TableInfo> table(String name) {
    return tables.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
  }

  /** True for a lookup table: seeded by the migrations and never written by the code, so scanning it stays cheap. */
  public boolean isLookupTable(String name) {
    return table(name).map(TableInfo::isLookupTable).orElse(false);
  }
}
