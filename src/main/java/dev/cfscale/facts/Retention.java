package dev.cfscale.facts;

import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.d1.SqlShape;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the project's code does to get rid of what it stores, read over the operations of every Worker (a cron
 * Worker may prune what an API Worker writes): which KV keys and Durable Object storage keys some code deletes, and
 * which SQL tables only ever receive rows (an append-only log: inserted into, never deleted from, updated, replaced
 * or dropped). Keys are compared by the literal text they start with ({@code session:${id}} and
 * {@code session:${token}} share the prefix {@code session:}); a key whose start is not written out may be any key.
 * A value (equal when its operations and entry points are); not a record only because it remembers, per store and
 * table, whether the table is kept: every insert into one table asks the same question of every operation.
 */
public final class Retention {
  private final List<OperationSite> operations;
  private final List<EntryPoint> entryPoints;
  private final Map<TableInStore, Boolean> kept = new ConcurrentHashMap<>();
  private final Map<String, Optional<EntryPoint>> readLogs = new ConcurrentHashMap<>();
  /** Where some operation's SQL is known: asked for every ORM delete of every table's question. */
  private final java.util.Set<dev.cfscale.findings.Location> sqlLocations;

  /** A table in a store ({@link #sameStore}): every D1 database, or one Durable Object class's (or binding's) own. */
  private record TableInStore(boolean d1, Optional<BindingType> type, Optional<String> binding, String table) {
    static TableInStore of(OperationSite insert, String table) {
      boolean d1 = insert.bindingType().filter(BindingType.D1_DATABASE::equals).isPresent();
      return d1 ? new TableInStore(true, Optional.empty(), Optional.empty(), table)
          : new TableInStore(false, insert.bindingType(), insert.binding(), table);
    }
  }

  public Retention(List<OperationSite> operations, List<EntryPoint> entryPoints) {
    this.operations = List.copyOf(operations);
    this.entryPoints = List.copyOf(entryPoints);
    this.sqlLocations = this.operations.stream().filter(o -> o.sql().isPresent()).map(OperationSite::location)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  public List<OperationSite> operations() {
    return operations;
  }

  public List<EntryPoint> entryPoints() {
    return entryPoints;
  }

  /**
   * True when Durable Object class {@code className} ever removes or expires what it stores: a
   * {@code storage.delete}/{@code deleteAll}, a SQL DELETE or DROP on its own database, an alarm it sets
   * ({@code storage.setAlarm}) or an {@code alarm()} handler.
   */
  public boolean durableObjectCleansUp(String className) {
    boolean removes = operations.stream().filter(op -> op.binding().filter(className::equals).isPresent()
        && op.bindingType().filter(BindingType.DURABLE_OBJECT::equals).isPresent())
        .anyMatch(op -> op.operation().equals("storage.delete") || op.operation().equals("storage.deleteAll")
            || op.operation().equals("storage.setAlarm") || op.sql().map(SqlShape::new).filter(SqlShape::removesRows).isPresent());
    return removes || entryPoints.stream().anyMatch(e -> e.kind() == EntryKind.ALARM && e.name().startsWith(className + "."));
  }

  /**
   * True when some code deletes keys that {@code write} writes: a KV {@code delete} on the same namespace binding, or a
   * Durable Object {@code storage.delete}/{@code deleteAll} in the same class, whose key may share the write's prefix.
   */
  public boolean deletesKeysOf(OperationSite write) {
    return operations.stream().anyMatch(op -> op.binding().equals(write.binding()) && op.bindingType().equals(write.bindingType())
        && (op.operation().equals("storage.deleteAll")
            || (op.operation().equals("delete") || op.operation().equals("storage.delete")) && prefixesOverlap(op.key(), write.key())));
  }

  /**
   * The table {@code insert} appends to when that table only ever grows: no statement anywhere in the project (on
   * any D1 binding, or in the same Durable Object class for its own SQL) deletes from it, updates it, replaces its
   * rows or drops it, and no statement removes rows from a table whose name is not written out. Empty otherwise.
   */
  public Optional<String> appendOnlyTable(OperationSite insert) {
    Optional<String> table = insert.sql().flatMap(sql -> new SqlShape(sql).appendsTo());
    if (table.isEmpty()) {
      return Optional.empty();
    }
    // sameStore depends only on the insert's store, so one answer serves every insert into the table there
    boolean isKept = kept.computeIfAbsent(TableInStore.of(insert, table.get()), k -> operations.stream()
        .filter(op -> sameStore(op, insert)).anyMatch(op -> op.sql()
        .map(SqlShape::new).map(s -> s.removesOrRewrites(table.get()) && !clearsWithParent(op, s, table.get()) || s.removesUnnamedTable())
        .orElseGet(() -> removesUnknownRows(op))));
    return isKept ? Optional.empty() : table;
  }

  /**
   * The read route that appends a row to {@code table} each time it is served ({@code INSERT INTO app_views} on
   * {@code GET /apps/:id}), when {@code table} is append-only ({@link #appendOnlyTable}): an event log of views or clicks,
   * whose rows per parent grow with the parent's lifetime traffic. Empty otherwise.
   */
  public Optional<EntryPoint> loggedOnReads(String table) {
    return readLogs.computeIfAbsent(table.toLowerCase(java.util.Locale.ROOT), t -> operations.stream()
        .filter(op -> op.bindingType().filter(BindingType.D1_DATABASE::equals).isPresent())
        .filter(op -> op.sql().flatMap(sql -> new SqlShape(sql).appendsTo()).filter(t::equalsIgnoreCase).isPresent())
        .filter(op -> appendOnlyTable(op).isPresent())
        .flatMap(op -> op.reachedFrom().stream().filter(e -> e.servesReads() && e.isHotRequestPath())).findFirst());
  }

  /**
   * Where a delete clears {@code table}'s rows of one parent together with that parent ({@link #clearsWithParent}), when
   * the code has one: the only removal an append-only table may see.
   */
  public Optional<dev.cfscale.findings.Location> clearedWithParentAt(String table) {
    return operations.stream().filter(op -> op.bindingType().filter(BindingType.D1_DATABASE::equals).isPresent())
        .filter(op -> op.sql().map(SqlShape::new).filter(s -> clearsWithParent(op, s, table)).isPresent())
        .map(OperationSite::location).findFirst();
  }

  /**
   * True when {@code delete} removes {@code table}'s rows of one parent ({@code DELETE FROM app_views WHERE app_id = ?}) in a
   * function that also deletes a row of another table by its own key ({@code DELETE FROM apps WHERE id = ?}): the children
   * go when their parent does, so while the parent lives its rows only accumulate. That is no retention.
   */
  private boolean clearsWithParent(OperationSite delete, SqlShape shape, String table) {
    return shape.deletesByReference(table) && operations.stream().anyMatch(o -> o != delete && o.file().equals(delete.file())
        && o.function().equals(delete.function()) && o.sql().map(SqlShape::new)
        .flatMap(s -> s.deletedTable().filter(t -> !t.equalsIgnoreCase(table) && s.deletesByOwnKey(t))).isPresent());
  }

  /**
   * An ORM delete or update whose SQL is not known may remove rows of any table; one whose SQL was rebuilt is recorded
   * twice (the ORM call, and its SQL at the same place), and the SQL says which table it touches.
   */
  private boolean removesUnknownRows(OperationSite op) {
    return (op.operation().equals("orm.delete") || op.operation().equals("orm.update")) && !sqlLocations.contains(op.location());
  }

  /** D1 tables are named per database, which several bindings may share; a Durable Object's SQL is its class's own. */
  private static boolean sameStore(OperationSite op, OperationSite insert) {
    if (insert.bindingType().filter(BindingType.D1_DATABASE::equals).isPresent()) {
      return op.bindingType().filter(BindingType.D1_DATABASE::equals).isPresent();
    }
    return op.bindingType().equals(insert.bindingType()) && op.binding().equals(insert.binding());
  }

  /** True when two keys may name the same entries: one's literal start is a prefix of the other's. */
  static boolean prefixesOverlap(KeyArg a, KeyArg b) {
    String pa = literalStart(a);
    String pb = literalStart(b);
    return pa.startsWith(pb) || pb.startsWith(pa);
  }

  /** The text a key starts with for certain: a constant's whole text, a template's text before its first interpolation. */
  private static String literalStart(KeyArg key) {
    String text = key.text();
    return switch (key.shape()) {
      case CONSTANT -> text.length() >= 2 ? text.substring(1, text.length() - 1) : "";
      case TEMPLATE, LOW_CARDINALITY -> text.startsWith("`") && text.contains("${") ? text.substring(1, text.indexOf("${")) : "";
      default -> "";
    };
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Retention other && operations.equals(other.operations) && entryPoints.equals(other.entryPoints);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operations, entryPoints);
  }

  @Override
  public String toString() {
    return "Retention[operations=" + operations + ", entryPoints=" + entryPoints + "]";
  }
}
