package dev.cfscale.facts.d1;

import dev.cfscale.facts.code.CodeFacts;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import java.util.Optional;

/**
 * Durable Object tables an alarm drains: the alarm path deletes the table's rows one at a time by key in a loop
 * (each due schedule removed once it has run), so every row a request adds is gone when its alarm fires and the
 * table does not grow per call. A sweep by another column ({@code WHERE deleted_at < ?}) keeps what it does not
 * match, so it does not count.
 */
public final class AlarmDrainedTables {
  private AlarmDrainedTables() {}

  /** True when {@code insert} adds a row to a table of its class that an alarm of the same class drains. */
  public static boolean drains(CodeFacts code, OperationSite insert) {
    Optional<String> table = insert.sql().flatMap(sql -> new SqlShape(sql).insertTable());
    if (table.isEmpty() || !insert.is(BindingType.DURABLE_OBJECT, "sql.exec")) {
      return false;
    }
    return code.operationsNamed("sql.exec").stream().filter(d -> d.loop().inLoop() && d.enclosingClass().equals(insert.enclosingClass())
            && d.is(BindingType.DURABLE_OBJECT, "sql.exec") && d.reachedFrom().stream().anyMatch(e -> e.kind() == EntryKind.ALARM))
        .map(d -> new SqlShape(d.sql().orElse("")))
        .anyMatch(shape -> shape.deletesFrom(table.get()) && shape.scopedToEntity());
  }
}
