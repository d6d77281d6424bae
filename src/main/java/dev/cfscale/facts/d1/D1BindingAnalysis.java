package dev.cfscale.facts.d1;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The D1 advisor's view of one binding: which schema files were applied, the tables, every query's plan.
 *
 * @param schemaFiles the SQL files (migrations, schema.sql) the schema was built from
 * @param codeSchema when no SQL schema was found, the source files whose ORM table declarations ({@code sqliteTable})
 *     stood in for it; the schema is then approximate, so no query is called invalid against it
 */
public record D1BindingAnalysis(String binding, List<String> schemaFiles, List<String> codeSchema, Map<String, TableInfo> tables,
    List<QueryAnalysis> queries) {

  public D1BindingAnalysis {
    schemaFiles = List.copyOf(schemaFiles);
    codeSchema = List.copyOf(codeSchema);
    tables = Map.copyOf(tables);
    queries = List.copyOf(queries);
  }

  /** An analysis whose schema came from SQL files only. */
  public D1BindingAnalysis(String binding, List<String> schemaFiles, Map<String, TableInfo> tables, List<QueryAnalysis> queries) {
    this(binding, schemaFiles, List.of(), tables, queries);
  }

  /** The table named {@code name} (case-insensitive, as SQLite compares names). */
  public Optional<TableInfo> table(String name) {
    return tables.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
  }

  /** True for a lookup table: seeded by the migrations and never written by the code, so scanning it stays cheap. */
  public boolean isLookupTable(String name) {
    return table(name).map(TableInfo::isLookupTable).orElse(false);
  }

  /** Where the schema came from, for evidence: the SQL files, or the ORM declarations standing in for them. */
  public String schemaSource() {
    if (!schemaFiles.isEmpty()) {
      return String.join(", ", schemaFiles);
    }
    return codeSchema.isEmpty() ? "(no migrations found)" : "table declarations in " + String.join(", ", codeSchema)
        + " (no SQL migrations found)";
  }
}
