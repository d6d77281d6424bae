package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL a Drizzle query-builder chain sends, for the D1 advisor to plan: {@code db.select().from(users)
 * .where(and(eq(users.email, e), gt(users.age, 18))).orderBy(desc(users.createdAt)).limit(10)},
 * {@code db.update(t).set({...}).where(...)} and {@code db.delete(t).where(...)} over one table declared
 * with {@code sqliteTable("name", {...})}. Values become {@code ?}. Anything else (joins, sql``
 * fragments, callbacks, unknown helpers) yields nothing rather than a guess.
 */
final class DrizzleSql {
  private static final Map<String, String> COMPARISONS = Map.of("eq", "=", "ne", "<>", "gt", ">", "gte", ">=", "lt", "<",
      "lte", "<=", "like", "LIKE", "notLike", "NOT LIKE");

  private final DrizzleTables tables;
  /** The table parameter's name inside a relational-query callback ({@code (t, { eq }) => ...}), else null. */
  private String alias;

  DrizzleSql(Project project) {
    this.tables = new DrizzleTables(project);
  }


  /** The SQL of the chain starting at {@code start} ({@code db.select()}, {@code db.update(t)}, {@code db.delete(t)}). */
  Optional<String> of(Swc4jAstCallExpr start, String method, FunctionUnit unit) {
    List<Swc4jAstCallExpr> chain = chain(start);
    try {
      return switch (method) {
        case "select" -> select(start, chain, unit);
        case "update" -> update(start, chain, unit);
        case "delete" -> delete(start, chain, unit);
        // only which table is written matters (a table the code inserts into is not a lookup table)
        case "insert" -> Optional.of("INSERT INTO " + table(arg(start, 0), unit).name() + " DEFAULT VALUES");
        default -> Optional.empty();
      };
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  /**
   * The SQL of a relational query, {@code db.query.users.findFirst({ where, orderBy, limit, columns })},
   * where {@code users} is a table exported by one of the project's modules.
   */
  Optional<String> relational(Swc4jAstCallExpr call, String tableKey, boolean first, FunctionUnit unit) {
    try {
      DrizzleTables.Table table = tables.exported(tableKey).orElseThrow(Unsupported::new);
      String columns = "*";
      StringBuilder tail = new StringBuilder();
      if (!call.getArgs().isEmpty()) {
        if (!(Ast.unwrap(arg(call, 0)) instanceof Swc4jAstObjectLit options)) {
          throw new Unsupported();
        }
        for (ISwc4jAst prop : options.getProps()) {
          if (!(prop instanceof Swc4jAstKeyValueProp kv)) {
            throw new Unsupported();
          }
          String key = Ast.name(kv.getKey()).orElseThrow(Unsupported::new);
          switch (key) {
            case "where" -> tail.insert(0, " WHERE " + callbackOrValue(kv.getValue(), e -> condition(e, table, unit)));
            case "orderBy" -> tail.append(" ORDER BY ").append(callbackOrValue(kv.getValue(), e -> relationalOrder(e, table, unit)));
            case "limit" -> tail.append(" LIMIT ?");
            case "offset" -> tail.append(" OFFSET ?");
            case "columns" -> columns = selectedColumns(kv.getValue(), table);
            case "with", "extras" -> throw new Unsupported(); // joins and computed columns
            default -> { }
          }
        }
      }
      if (first && !tail.toString().contains(" LIMIT ")) {
        tail.append(" LIMIT ?"); // findFirst reads one row
      }
      return Optional.of("SELECT " + columns + " FROM " + table.name() + tail);
    } catch (Unsupported e) {
      return Optional.empty();
    } finally {
      alias = null;
    }
  }

  /** A value, or an arrow function {@code (t, helpers) => value} whose first parameter names the table. */
  private String callbackOrValue(ISwc4jAst node, java.util.function.Function<ISwc4jAst, String> convert) {
    if (Ast.unwrap(node) instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr arrow) {
      if (arrow.getParams().isEmpty() || !(arrow.getBody() instanceof com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstExpr body)) {
        throw new Unsupported();
      }
      alias = Ast.name(arrow.getParams().get(0) instanceof com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent b ? b.getId()
          : arrow.getParams().get(0)).orElseThrow(Unsupported::new);
      return convert.apply(body);
    }
    return convert.apply(node);
  }

  /** {@code orderBy: [desc(t.a)]}, {@code orderBy: t.a} or a callback returning either. */
  private String relationalOrder(ISwc4jAst node, DrizzleTables.Table table, FunctionUnit unit) {
    ISwc4jAst n = Ast.unwrap(node);
    List<ISwc4jAst> terms = new ArrayList<>();
    if (n instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit array) {
      array.getElems().forEach(e -> terms.add(e.orElseThrow(Unsupported::new).getExpr()));
    } else {
      terms.add(n);
    }
    return orderTerms(terms, table, unit);
  }

  /** {@code columns: { id: true, email: true }} as a column list. */
  private static String selectedColumns(ISwc4jAst node, DrizzleTables.Table table) {
    if (!(Ast.unwrap(node) instanceof Swc4jAstObjectLit o)) {
      return "*";
    }
    List<String> out = new ArrayList<>();
    for (ISwc4jAst prop : o.getProps()) {
      if (!(prop instanceof Swc4jAstKeyValueProp kv) || !(Ast.unwrap(kv.getValue()) instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstBool b)
          || !b.isValue()) {
        return "*";
      }
      String column = Ast.name(kv.getKey()).map(k -> table.columns().get(k)).orElse(null);
      if (column == null) {
        return "*";
      }
      out.add(column);
    }
    return out.isEmpty() ? "*" : String.join(", ", out);
  }

  /** Thrown when the chain uses something the translation does not model. */
  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  private Optional<String> select(Swc4jAstCallExpr start, List<Swc4jAstCallExpr> chain, FunctionUnit unit) {
    Swc4jAstCallExpr from = find(chain, "from").orElseThrow(Unsupported::new);
    if (find(chain, "innerJoin").or(() -> find(chain, "leftJoin")).or(() -> find(chain, "groupBy")).isPresent()) {
      throw new Unsupported();
    }
    DrizzleTables.Table table = table(arg(from, 0), unit);
    StringBuilder sql = new StringBuilder("SELECT ").append(fields(start, table, unit)).append(" FROM ").append(table.name());
    find(chain, "where").ifPresent(w -> sql.append(" WHERE ").append(condition(arg(w, 0), table, unit)));
    find(chain, "orderBy").ifPresent(o -> sql.append(" ORDER BY ").append(orderBy(o, table, unit)));
    find(chain, "limit").ifPresent(l -> sql.append(" LIMIT ?"));
    find(chain, "offset").ifPresent(l -> sql.append(" OFFSET ?"));
    return Optional.of(sql.toString());
  }

  private Optional<String> update(Swc4jAstCallExpr start, List<Swc4jAstCallExpr> chain, FunctionUnit unit) {
    DrizzleTables.Table table = table(arg(start, 0), unit);
    Swc4jAstCallExpr set = find(chain, "set").orElseThrow(Unsupported::new);
    if (!(Ast.unwrap(arg(set, 0)) instanceof Swc4jAstObjectLit values)) {
      throw new Unsupported();
    }
    List<String> assignments = new ArrayList<>();
    for (ISwc4jAst prop : values.getProps()) {
      String key = prop instanceof Swc4jAstKeyValueProp kv ? Ast.name(kv.getKey()).orElseThrow(Unsupported::new)
          : prop instanceof Swc4jAstIdent shorthand ? shorthand.getSym() : null;
      if (key == null || !table.columns().containsKey(key)) {
        throw new Unsupported();
      }
      assignments.add(table.columns().get(key) + " = ?");
    }
    StringBuilder sql = new StringBuilder("UPDATE ").append(table.name()).append(" SET ").append(String.join(", ", assignments));
    find(chain, "where").ifPresent(w -> sql.append(" WHERE ").append(condition(arg(w, 0), table, unit)));
    return Optional.of(sql.toString());
  }

  private Optional<String> delete(Swc4jAstCallExpr start, List<Swc4jAstCallExpr> chain, FunctionUnit unit) {
    DrizzleTables.Table table = table(arg(start, 0), unit);
    StringBuilder sql = new StringBuilder("DELETE FROM ").append(table.name());
    find(chain, "where").ifPresent(w -> sql.append(" WHERE ").append(condition(arg(w, 0), table, unit)));
    return Optional.of(sql.toString());
  }

  /** The last method called on the chain ({@code all}, {@code get}, {@code limit}...), or "" for none. */
  static String lastMethod(Swc4jAstCallExpr start) {
    List<Swc4jAstCallExpr> chain = chain(start);
    return chain.isEmpty() ? "" : Ast.unwrap(chain.get(chain.size() - 1).getCallee()) instanceof Swc4jAstMemberExpr m
        ? Ast.propName(m).orElse("") : "";
  }

  /** The calls chained on {@code start}: {@code start.from(...).where(...)} gives [from, where]. */
  private static List<Swc4jAstCallExpr> chain(Swc4jAstCallExpr start) {
    List<Swc4jAstCallExpr> out = new ArrayList<>();
    ISwc4jAst current = start;
    while (current.getParent() instanceof Swc4jAstMemberExpr m && m.getObj() == current
        && m.getParent() instanceof Swc4jAstCallExpr call && call.getCallee() == m) {
      out.add(call);
      current = call;
    }
    return out;
  }

  private static Optional<Swc4jAstCallExpr> find(List<Swc4jAstCallExpr> chain, String method) {
    return chain.stream().filter(c -> Ast.unwrap(c.getCallee()) instanceof Swc4jAstMemberExpr m
        && Ast.propName(m).filter(method::equals).isPresent()).findFirst();
  }

  private static ISwc4jAst arg(Swc4jAstCallExpr call, int index) {
    if (call.getArgs().size() <= index || call.getArgs().get(index).getSpread().isPresent()) {
      throw new Unsupported();
    }
    return call.getArgs().get(index).getExpr();
  }

  private String fields(Swc4jAstCallExpr select, DrizzleTables.Table table, FunctionUnit unit) {
    if (select.getArgs().isEmpty()) {
      return "*";
    }
    if (!(Ast.unwrap(arg(select, 0)) instanceof Swc4jAstObjectLit o)) {
      return "*";
    }
    List<String> columns = new ArrayList<>();
    for (ISwc4jAst prop : o.getProps()) {
      if (!(prop instanceof Swc4jAstKeyValueProp kv)) {
        return "*";
      }
      Optional<String> column = column(kv.getValue(), table, unit);
      if (column.isEmpty()) {
        return "*"; // computed fields (count(), sql``): every column is an honest over-approximation
      }
      columns.add(column.get());
    }
    return columns.isEmpty() ? "*" : String.join(", ", columns);
  }

  private String condition(ISwc4jAst node, DrizzleTables.Table table, FunctionUnit unit) {
    if (!(Ast.unwrap(node) instanceof Swc4jAstCallExpr call) || !(Ast.unwrap(call.getCallee()) instanceof Swc4jAstIdent fn)) {
      throw new Unsupported();
    }
    String name = fn.getSym();
    if (name.equals("and") || name.equals("or")) {
      List<String> parts = new ArrayList<>();
      for (var a : call.getArgs()) {
        if (a.getSpread().isPresent()) {
          throw new Unsupported();
        }
        parts.add("(" + condition(a.getExpr(), table, unit) + ")");
      }
      if (parts.isEmpty()) {
        throw new Unsupported();
      }
      return String.join(name.equals("and") ? " AND " : " OR ", parts);
    }
    String column = column(arg(call, 0), table, unit).orElseThrow(Unsupported::new);
    if (COMPARISONS.containsKey(name)) {
      return column + " " + COMPARISONS.get(name) + " " + column(arg(call, 1), table, unit).orElse("?");
    }
    return switch (name) {
      case "inArray" -> column + " IN (?)";
      case "notInArray" -> column + " NOT IN (?)";
      case "isNull" -> column + " IS NULL";
      case "isNotNull" -> column + " IS NOT NULL";
      case "between" -> column + " BETWEEN ? AND ?";
      default -> throw new Unsupported();
    };
  }

  private String orderBy(Swc4jAstCallExpr call, DrizzleTables.Table table, FunctionUnit unit) {
    if (call.getArgs().stream().anyMatch(a -> a.getSpread().isPresent())) {
      throw new Unsupported();
    }
    return orderTerms(call.getArgs().stream().map(a -> (ISwc4jAst) a.getExpr()).toList(), table, unit);
  }

  /** ORDER BY terms: {@code desc(t.a)}, {@code asc(t.a)} or a plain column. */
  private String orderTerms(List<ISwc4jAst> terms, DrizzleTables.Table table, FunctionUnit unit) {
    List<String> out = new ArrayList<>();
    for (ISwc4jAst term : terms) {
      ISwc4jAst t = Ast.unwrap(term);
      if (t instanceof Swc4jAstCallExpr dir && Ast.unwrap(dir.getCallee()) instanceof Swc4jAstIdent fn
          && (fn.getSym().equals("asc") || fn.getSym().equals("desc"))) {
        out.add(column(arg(dir, 0), table, unit).orElseThrow(Unsupported::new) + (fn.getSym().equals("desc") ? " DESC" : ""));
      } else {
        out.add(column(t, table, unit).orElseThrow(Unsupported::new));
      }
    }
    if (out.isEmpty()) {
      throw new Unsupported();
    }
    return String.join(", ", out);
  }

  /** {@code users.email} as its SQL column, when {@code users} is the query's table. */
  private Optional<String> column(ISwc4jAst node, DrizzleTables.Table table, FunctionUnit unit) {
    if (!(Ast.unwrap(node) instanceof Swc4jAstMemberExpr m)) {
      return Optional.empty();
    }
    Optional<String> prop = Ast.propName(m);
    if (alias != null && Ast.identifier(m.getObj()).filter(alias::equals).isPresent()) {
      return prop.map(p -> table.columns().get(p)); // (users, { eq }) => eq(users.email, x): the callback's table
    }
    Optional<ISwc4jAst> declaration = tables.declaration(m.getObj(), unit);
    if (prop.isEmpty() || declaration.isEmpty()) {
      return Optional.empty();
    }
    if (declaration.get() != table.declaration()) {
      throw new Unsupported(); // a column of another table: a join or subquery
    }
    return Optional.ofNullable(table.columns().get(prop.get()));
  }

  private DrizzleTables.Table table(ISwc4jAst ref, FunctionUnit unit) {
    return tables.table(ref, unit).orElseThrow(Unsupported::new);
  }
}
