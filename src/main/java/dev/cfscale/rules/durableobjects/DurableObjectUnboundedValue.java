package dev.cfscale.rules.durableobjects;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.code.StoredGrowth;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Figures;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.platform.PlatformFacts;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Durable Object keeps something that grows without bound in ONE storage value: an Agent's state array of full
 * emails or audio scenes ({@code setState({ ...this.state, list: [...this.state.list, item] })}), a whole collaborative
 * document encoded into one SQL BLOB, a map of every record written as one {@code storage.put("snapshot", ...)}. A
 * value (or SQL row) has a hard size cap (SQLite-backed objects 2 MB, key-value-backed objects 128 KiB): past it the
 * write throws and the object stops saving. A count cap does not help when each item has no size bound (50 HTML emails),
 * so those fire too; a capped list of small items, chunked storage and per-item keys stay quiet. Plain lists of small
 * items that only grow are {@code storage/unbounded-growth}'s.
 */
@RuleInfo(id = "durable-objects/unbounded-value", severity = Severity.HIGH,
    summary = "A whole document, or a growing list of large items, kept in one Durable Object storage value, state or SQL row")
public final class DurableObjectUnboundedValue implements CodeRule {

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    Optional<StoredGrowth> growth = op.options().growth();
    if (growth.isEmpty() || !growth.get().largeValue() || !op.bindingType().filter(BindingType.DURABLE_OBJECT::equals).isPresent()
        || !objectCode(worker, op) || (op.operation().equals("sql.exec") && !writesRows(op))) {
      return Stream.empty();
    }
    StoredGrowth g = growth.get();
    String cls = op.binding().orElse("the object");
    Limit limit = limit(worker, op, ctx.platform());
    return Stream.of(finding(worker, op).severity(g.largeContent().isPresent() ? Severity.HIGH : Severity.MEDIUM)
        .message("`" + op.code() + "` " + what(g, limit.unit()) + " of Durable Object " + cls
            + (op.operation().equals("state.set") ? " (an Agent's whole state is one SQLite row)" : "") + ": a " + limit.unit()
            + " is capped at " + limit.size() + " (" + limit.backend() + ") and nothing bounds this one's size, so once it passes"
            + " the cap the write throws and " + cls + " stops saving")
        .evidence("value", g.collection() + (g.capped() ? " (cut to a number of items, but each item's size is unbounded)" : ""))
        .evidence("each write holds", g.largeContent().orElse(g.shape() == StoredGrowth.Shape.WHOLE_DOCUMENT
            ? "every record the object holds, written whole each time" : "one item per call"))
        .evidence("limit", limit.size() + " per " + limit.unit() + " (" + limit.key() + ")")
        .fix(fix(op, g))
        .build());
  }

  /** Reached by an entry point, or written in a Durable Object class this Worker binds (its hooks run for clients). */
  private static boolean objectCode(WorkerConfig worker, OperationSite op) {
    return !op.reachedFrom().isEmpty() || op.binding().filter(worker.localDurableObjectClasses()::contains).isPresent();
  }

  private static boolean writesRows(OperationSite op) {
    String head = op.sql().orElse("").stripLeading().toUpperCase(Locale.ROOT);
    return head.startsWith("INSERT") || head.startsWith("REPLACE") || head.startsWith("UPDATE") || head.startsWith("UPSERT");
  }

  private static String what(StoredGrowth g, String unit) {
    String items = g.largeContent().map(c -> ", each item carrying " + c + " with no size bound").orElse("");
    String growth = switch (g.shape()) {
      case WHOLE_DOCUMENT -> "writes " + g.largeContent().orElse(g.collection() + " (a map of every record the object holds)");
      case APPENDED -> "appends to " + g.collection() + (g.capped() ? ", a list cut to a number of items" : ", a list with no cap") + items + ",";
      case KEYED -> "adds a key to " + g.collection() + ", a map with no cap" + items + ",";
    };
    return growth + " in one " + unit;
  }

  private record Limit(String size, String unit, String backend, String key) {}

  private static Limit limit(WorkerConfig worker, OperationSite op, PlatformFacts platform) {
    if (op.operation().equals("sql.exec") || op.operation().equals("state.set")) {
      String key = "durableObjects.limits.sqlMaxRowBytes";
      return new Limit(megabytes(platform.number(key)), "row", "SQLite row, string and BLOB limit", key);
    }
    if (op.binding().filter(worker.kvBackedDurableObjectClasses()::contains).isPresent()) {
      String key = "durableObjects.limits.kvBackendValueBytes";
      return new Limit(Figures.number(platform.number(key)) + " bytes", "value", "key-value-backed object, created with new_classes", key);
    }
    String key = "durableObjects.limits.sqliteKeyPlusValueMb";
    return new Limit(Figures.number(platform.number(key)) + " MB", "value", "key plus value, SQLite-backed object", key);
  }

  private static String megabytes(BigDecimal bytes) {
    return Figures.number(bytes.movePointLeft(6)) + " MB";
  }

  private static String fix(OperationSite op, StoredGrowth g) {
    if (g.shape() == StoredGrowth.Shape.WHOLE_DOCUMENT) {
      return "Store the document in pieces: one row or key per record (or per update, compacted in chunks below the cap), or"
          + " put large payloads in R2 and keep only their keys in the object.";
    }
    return "Keep one row or key per item (a SQL table with `this.sql`, or `storage.put(\"item:\" + id, item)`) and keep only ids"
        + " or a short summary in " + (op.operation().equals("state.set") ? "the Agent's state" : "the value") + "; put large"
        + " bodies (HTML, audio, files) in R2 and store their keys.";
  }
}
