package dev.cfscale.facts.d1;

import java.util.List;

/**
 * A table of the schema: its columns, rows the migrations seeded, and whether the code writes to it.
 * A seeded table the code never writes is a lookup table and stays small.
 */
public record TableInfo(String name, List<String> columns, long seededRows, boolean writtenByCode) {

  public TableInfo {
    columns = List.copyOf(columns);
  }

  public boolean isLookupTable() {
    return seededRows > 0 && !writtenByCode;
  }
}
