package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DDL a Drizzle table declaration stands for, for projects whose schema lives only in TypeScript (no
 * drizzle-kit output in the checkout): {@code sqliteTable("users", { id: integer("id").primaryKey(), email:
 * text("email").unique() }, (t) => [index("users_name_idx").on(t.name)])} gives a CREATE TABLE with the columns'
 * types and key constraints, and a CREATE INDEX per index it declares. The D1 advisor uses it only when no SQL
 * schema is found.
 */
final class DrizzleSchema {
  private DrizzleSchema() {}

  /** The statements for the {@code sqliteTable(...)} call {@code declaration}, or empty when it is not literal. */
  static List<String> ddl(Swc4jAstCallExpr declaration) {
    Optional<DrizzleTables.Table> table = DrizzleTables.tableOf(declaration);
    if (table.isEmpty()) {
      return List.of();
    }
    Swc4jAstObjectLit shape = (Swc4jAstObjectLit) Ast.unwrap(declaration.getArgs().get(1).getExpr());
    List<String> columns = new ArrayList<>();
    for (ISwc4jAst prop : shape.getProps()) {
      if (prop instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).isPresent()) {
        String key = Ast.name(kv.getKey()).get();
        DrizzleColumns.of(kv.getValue()).ifPresent(c -> columns.add(DrizzleExpressions.quote(c.name().orElse(key)) + " " + c.type()
            + (c.primaryKey() ? " PRIMARY KEY" : "") + (c.unique() ? " UNIQUE" : "")));
      }
    }
    if (columns.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    String name = DrizzleExpressions.quote(table.get().name());
    List<String> extras = new ArrayList<>();
    List<String> indexes = new ArrayList<>();
    if (declaration.getArgs().size() > 2) {
      constraints(declaration.getArgs().get(2).getExpr(), table.get(), name, extras, indexes);
    }
    out.add("CREATE TABLE IF NOT EXISTS " + name + " (" + String.join(", ", columns) + (extras.isEmpty() ? "" : ", "
        + String.join(", ", extras)) + ")");
    out.addAll(indexes);
    return out;
  }

  /** {@code (t) => [index("n").on(t.a), primaryKey({ columns: [t.a, t.b] })]} or the same as an object. */
  private static void constraints(ISwc4jAst extra, DrizzleTables.Table table, String name, List<String> extras, List<String> indexes) {
    if (!(Ast.unwrap(extra) instanceof Swc4jAstArrowExpr arrow) || arrow.getParams().isEmpty()) {
      return;
    }
    String alias = Ast.name(arrow.getParams().get(0) instanceof com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent b ? b.getId()
        : arrow.getParams().get(0)).orElse("");
    List<ISwc4jAst> items = new ArrayList<>();
    ISwc4jAst body = Ast.unwrap(arrow.getBody());
    if (body instanceof Swc4jAstArrayLit array) {
      array.getElems().forEach(e -> e.ifPresent(x -> items.add(x.getExpr())));
    } else if (body instanceof Swc4jAstObjectLit object) {
      object.getProps().stream().filter(Swc4jAstKeyValueProp.class::isInstance).forEach(p -> items.add(((Swc4jAstKeyValueProp) p).getValue()));
    }
    for (ISwc4jAst item : items) {
      constraint(item, table.columns(), alias, name, extras, indexes);
    }
  }

  private static void constraint(ISwc4jAst item, Map<String, String> columns, String alias, String table, List<String> extras,
      List<String> indexes) {
    if (!(Ast.unwrap(item) instanceof Swc4jAstCallExpr call)) {
      return;
    }
    // index("name").on(t.a, t.b), uniqueIndex("name").on(...), unique().on(...)
    if (Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr on && Ast.propName(on).filter("on"::equals).isPresent()
        && Ast.unwrap(on.getObj()) instanceof Swc4jAstCallExpr factory && Ast.unwrap(factory.getCallee()) instanceof Swc4jAstIdent fn) {
      List<String> cols = columnList(call.getArgs().stream().map(a -> (ISwc4jAst) a.getExpr()).toList(), columns, alias);
      if (cols.isEmpty()) {
        return;
      }
      boolean unique = !fn.getSym().equals("index");
      String indexName = factory.getArgs().isEmpty() || !(Ast.unwrap(factory.getArgs().get(0).getExpr()) instanceof Swc4jAstStr s)
          ? table.replace("\"", "") + "_" + String.join("_", cols).replace("\"", "") + (unique ? "_unique" : "_idx") : s.getValue();
      indexes.add("CREATE " + (unique ? "UNIQUE " : "") + "INDEX IF NOT EXISTS " + DrizzleExpressions.quote(indexName) + " ON " + table
          + " (" + String.join(", ", cols) + ")");
      return;
    }
    // primaryKey({ columns: [t.a, t.b] }) or primaryKey(t.a, t.b)
    if (Ast.identifier(call.getCallee()).filter("primaryKey"::equals).isPresent() && !call.getArgs().isEmpty()) {
      ISwc4jAst first = Ast.unwrap(call.getArgs().get(0).getExpr());
      List<ISwc4jAst> refs = new ArrayList<>();
      if (first instanceof Swc4jAstObjectLit options) {
        options.getProps().stream().filter(p -> p instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).filter("columns"::equals).isPresent())
            .map(p -> Ast.unwrap(((Swc4jAstKeyValueProp) p).getValue())).filter(Swc4jAstArrayLit.class::isInstance)
            .forEach(a -> ((Swc4jAstArrayLit) a).getElems().forEach(e -> e.ifPresent(x -> refs.add(x.getExpr()))));
      } else {
        call.getArgs().forEach(a -> refs.add(a.getExpr()));
      }
      List<String> cols = columnList(refs, columns, alias);
      if (!cols.isEmpty()) {
        extras.add("PRIMARY KEY (" + String.join(", ", cols) + ")");
      }
    }
  }

  /** {@code t.a, t.b} as SQL column names (empty if any is not a column of the table). */
  private static List<String> columnList(List<ISwc4jAst> refs, Map<String, String> columns, String alias) {
    List<String> out = new ArrayList<>();
    for (ISwc4jAst ref : refs) {
      if (!(Ast.unwrap(ref) instanceof Swc4jAstMemberExpr m) || Ast.identifier(m.getObj()).filter(alias::equals).isEmpty()) {
        return List.of();
      }
      Optional<String> column = Ast.propName(m).map(columns::get);
      if (column.isEmpty()) {
        return List.of();
      }
      out.add(DrizzleExpressions.quote(column.get()));
    }
    return out;
  }
}
