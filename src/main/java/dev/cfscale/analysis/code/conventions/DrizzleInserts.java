package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.FunctionUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of a Drizzle insert: {@code insert(t).values({ id, name: n })} as {@code INSERT INTO t (id, name) VALUES (?, ?)},
 * with the columns the object literal names (a row typed elsewhere, {@code values(entry)}, writes the table's columns),
 * and its conflict clause: {@code onConflictDoNothing()} still adds a row per new key, {@code onConflictDoUpdate({ target,
 * set })} keeps one row per key, which is what tells an append-only log from a keyed record.
 */
final class DrizzleInserts {
  private DrizzleInserts() {}

  /** The statement {@code insert(table)} followed by {@code chain} ({@code values}, {@code onConflict...}) sends. */
  static String sql(DrizzleTables.Table table, List<Swc4jAstCallExpr> chain, FunctionUnit unit) {
    List<String> columns = find(chain, "values").map(v -> columns(v, table, unit)).orElse(List.of());
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(DrizzleExpressions.quote(table.name()));
    if (columns.isEmpty()) {
      sql.append(" DEFAULT VALUES");
    } else {
      sql.append(" (").append(String.join(", ", columns)).append(") VALUES (")
          .append(String.join(", ", columns.stream().map(c -> "?").toList())).append(")");
    }
    if (find(chain, "onConflictDoNothing").isPresent()) {
      sql.append(" ON CONFLICT DO NOTHING");
    }
    find(chain, "onConflictDoUpdate").ifPresent(u -> sql.append(upsert(u, table, unit)));
    return sql.toString();
  }

  /** The columns {@code values(...)} writes: the keys of the row written in place, else every column of the table. */
  private static List<String> columns(Swc4jAstCallExpr values, DrizzleTables.Table table, FunctionUnit unit) {
    if (values.getArgs().isEmpty() || values.getArgs().get(0).getSpread().isPresent()) {
      return List.of();
    }
    ISwc4jAst row = Ast.unwrap(values.getArgs().get(0).getExpr());
    if (row instanceof Swc4jAstIdent id) {
      row = DrizzleExpressions.variable(id, unit).map(v -> Ast.unwrap(v.init())).orElse(row);
    }
    if (row instanceof Swc4jAstArrayLit rows && !rows.getElems().isEmpty() && rows.getElems().get(0).isPresent()
        && rows.getElems().get(0).get().getSpread().isEmpty()) {
      row = Ast.unwrap(rows.getElems().get(0).get().getExpr()); // several rows of one shape: the first names the columns
    }
    if (!(row instanceof Swc4jAstObjectLit object) || object.getProps().stream().anyMatch(p -> key(p).isEmpty())) {
      return table.columns().values().stream().map(DrizzleExpressions::quote).toList(); // a typed row: any column
    }
    return names(object, table);
  }

  /** {@code ON CONFLICT (target) DO UPDATE SET ...}: the columns of {@code target} and of {@code set} that the table has. */
  private static String upsert(Swc4jAstCallExpr call, DrizzleTables.Table table, FunctionUnit unit) {
    Optional<Swc4jAstObjectLit> options = call.getArgs().isEmpty() ? Optional.empty()
        : Optional.of(Ast.unwrap(call.getArgs().get(0).getExpr())).filter(Swc4jAstObjectLit.class::isInstance).map(Swc4jAstObjectLit.class::cast);
    List<String> target = options.flatMap(o -> Ast.keyValue(o, "target").map(Ast::unwrap)).map(t -> targetColumns(t, table)).orElse(List.of());
    List<String> set = options.flatMap(o -> Ast.keyValue(o, "set").map(Ast::unwrap)).filter(Swc4jAstObjectLit.class::isInstance)
        .map(s -> names((Swc4jAstObjectLit) s, table)).orElse(List.of());
    if (set.isEmpty()) {
      set = table.columns().values().stream().limit(1).map(DrizzleExpressions::quote).toList();
    }
    return " ON CONFLICT" + (target.isEmpty() ? "" : " (" + String.join(", ", target) + ")") + " DO UPDATE SET "
        + String.join(", ", set.stream().map(c -> c + " = ?").toList());
  }

  /** {@code target: t.a} or {@code target: [t.a, t.b]}: the SQL names of those columns of {@code table}. */
  private static List<String> targetColumns(ISwc4jAst target, DrizzleTables.Table table) {
    List<ISwc4jAst> refs = new ArrayList<>();
    if (target instanceof Swc4jAstArrayLit array) {
      array.getElems().forEach(e -> e.filter(x -> x.getSpread().isEmpty()).ifPresent(x -> refs.add(x.getExpr())));
    } else {
      refs.add(target);
    }
    List<String> out = new ArrayList<>();
    for (ISwc4jAst ref : refs) {
      Optional<String> column = Ast.unwrap(ref) instanceof Swc4jAstMemberExpr m ? Ast.propName(m).map(table.columns()::get) : Optional.empty();
      if (column.isEmpty()) {
        return List.of(); // a column not known: leave the target out rather than name a wrong one
      }
      out.add(DrizzleExpressions.quote(column.get()));
    }
    return out;
  }

  /** The SQL names of the keys of {@code object} that are columns of {@code table}. */
  private static List<String> names(Swc4jAstObjectLit object, DrizzleTables.Table table) {
    List<String> out = new ArrayList<>();
    for (ISwc4jAst prop : object.getProps()) {
      key(prop).map(table.columns()::get).map(DrizzleExpressions::quote).filter(c -> !out.contains(c)).ifPresent(out::add);
    }
    return out;
  }

  /** The key of {@code { key: value }} or the shorthand {@code { key }}; empty for a spread or a computed key. */
  private static Optional<String> key(ISwc4jAst prop) {
    if (prop instanceof Swc4jAstKeyValueProp kv) {
      return Ast.name(kv.getKey());
    }
    return prop instanceof Swc4jAstIdent shorthand ? Optional.of(shorthand.getSym()) : Optional.empty();
  }

  private static Optional<Swc4jAstCallExpr> find(List<Swc4jAstCallExpr> chain, String method) {
    return chain.stream().filter(c -> Ast.unwrap(c.getCallee()) instanceof Swc4jAstMemberExpr m
        && Ast.propName(m).filter(method::equals).isPresent()).findFirst();
  }
}
