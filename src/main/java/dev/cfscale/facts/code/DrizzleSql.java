package dev.cfscale.facts.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  private final Project project;

  DrizzleSql(Project project) {
    this.project = project;
  }

  /** A declared table: its SQL name and property-to-column map. */
  private record Table(ISwc4jAst declaration, String name, Map<String, String> columns) {}

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
    Table table = table(arg(from, 0), unit);
    StringBuilder sql = new StringBuilder("SELECT ").append(fields(start, table, unit)).append(" FROM ").append(table.name());
    find(chain, "where").ifPresent(w -> sql.append(" WHERE ").append(condition(arg(w, 0), table, unit)));
    find(chain, "orderBy").ifPresent(o -> sql.append(" ORDER BY ").append(orderBy(o, table, unit)));
    find(chain, "limit").ifPresent(l -> sql.append(" LIMIT ?"));
    find(chain, "offset").ifPresent(l -> sql.append(" OFFSET ?"));
    return Optional.of(sql.toString());
  }

  private Optional<String> update(Swc4jAstCallExpr start, List<Swc4jAstCallExpr> chain, FunctionUnit unit) {
    Table table = table(arg(start, 0), unit);
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
    Table table = table(arg(start, 0), unit);
    StringBuilder sql = new StringBuilder("DELETE FROM ").append(table.name());
    find(chain, "where").ifPresent(w -> sql.append(" WHERE ").append(condition(arg(w, 0), table, unit)));
    return Optional.of(sql.toString());
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

  private String fields(Swc4jAstCallExpr select, Table table, FunctionUnit unit) {
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

  private String condition(ISwc4jAst node, Table table, FunctionUnit unit) {
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

  private String orderBy(Swc4jAstCallExpr call, Table table, FunctionUnit unit) {
    List<String> terms = new ArrayList<>();
    for (var a : call.getArgs()) {
      ISwc4jAst term = Ast.unwrap(a.getExpr());
      if (term instanceof Swc4jAstCallExpr dir && Ast.unwrap(dir.getCallee()) instanceof Swc4jAstIdent fn
          && (fn.getSym().equals("asc") || fn.getSym().equals("desc"))) {
        terms.add(column(arg(dir, 0), table, unit).orElseThrow(Unsupported::new) + (fn.getSym().equals("desc") ? " DESC" : ""));
      } else {
        terms.add(column(term, table, unit).orElseThrow(Unsupported::new));
      }
    }
    if (terms.isEmpty()) {
      throw new Unsupported();
    }
    return String.join(", ", terms);
  }

  /** {@code users.email} as its SQL column, when {@code users} is the query's table. */
  private Optional<String> column(ISwc4jAst node, Table table, FunctionUnit unit) {
    if (!(Ast.unwrap(node) instanceof Swc4jAstMemberExpr m)) {
      return Optional.empty();
    }
    Optional<String> prop = Ast.propName(m);
    Optional<ISwc4jAst> declaration = tableDeclaration(m.getObj(), unit);
    if (prop.isEmpty() || declaration.isEmpty()) {
      return Optional.empty();
    }
    if (declaration.get() != table.declaration()) {
      throw new Unsupported(); // a column of another table: a join or subquery
    }
    return Optional.ofNullable(table.columns().get(prop.get()));
  }

  private Table table(ISwc4jAst ref, FunctionUnit unit) {
    ISwc4jAst init = tableDeclaration(ref, unit).orElseThrow(Unsupported::new);
    Swc4jAstCallExpr call = (Swc4jAstCallExpr) init;
    if (!(Ast.unwrap(arg(call, 0)) instanceof Swc4jAstStr name) || !(Ast.unwrap(arg(call, 1)) instanceof Swc4jAstObjectLit shape)) {
      throw new Unsupported();
    }
    Map<String, String> columns = new LinkedHashMap<>();
    for (ISwc4jAst prop : shape.getProps()) {
      if (prop instanceof Swc4jAstKeyValueProp kv) {
        Ast.name(kv.getKey()).ifPresent(key -> columns.put(key, columnName(kv.getValue()).orElse(key)));
      }
    }
    return new Table(init, name.getValue(), columns);
  }

  /** {@code text("email_address").notNull()} names its column in the innermost call's first argument. */
  private static Optional<String> columnName(ISwc4jAst builder) {
    ISwc4jAst node = Ast.unwrap(builder);
    while (node instanceof Swc4jAstCallExpr call) {
      ISwc4jAst callee = Ast.unwrap(call.getCallee());
      if (callee instanceof Swc4jAstIdent) {
        return call.getArgs().isEmpty() ? Optional.empty()
            : Optional.of(Ast.unwrap(call.getArgs().get(0).getExpr())).filter(Swc4jAstStr.class::isInstance)
                .map(s -> ((Swc4jAstStr) s).getValue());
      }
      node = callee instanceof Swc4jAstMemberExpr m ? Ast.unwrap(m.getObj()) : null;
    }
    return Optional.empty();
  }

  /**
   * The {@code sqliteTable(...)} call a reference names: a variable in scope, an imported one, or a
   * property of a namespace import ({@code schema.users}).
   */
  private Optional<ISwc4jAst> tableDeclaration(ISwc4jAst ref, FunctionUnit unit) {
    ISwc4jAst node = Ast.unwrap(ref);
    if (node instanceof Swc4jAstIdent id) {
      return unit.lookup(id.getSym()).flatMap(d -> tableInit(d, 0));
    }
    if (node instanceof Swc4jAstMemberExpr m && Ast.unwrap(m.getObj()) instanceof Swc4jAstIdent ns) {
      Optional<Declaration> decl = unit.lookup(ns.getSym());
      if (decl.isPresent() && decl.get() instanceof Declaration.Import i && i.imported().equals("*")) {
        Optional<SourceModule> target = project.imported(i.from(), i.specifier());
        return target.flatMap(t -> Optional.ofNullable(t.exports().get(Ast.propName(m).orElse(""))).flatMap(local ->
            t.topLevel().lookup(local)).flatMap(d -> tableInit(d, 0)));
      }
    }
    return Optional.empty();
  }

  private Optional<ISwc4jAst> tableInit(Declaration decl, int depth) {
    if (depth > 4) {
      return Optional.empty();
    }
    if (decl instanceof Declaration.Variable v && v.path().isEmpty() && Ast.unwrap(v.init()) instanceof Swc4jAstCallExpr call
        && Ast.unwrap(call.getCallee()) instanceof Swc4jAstIdent fn && fn.getSym().endsWith("Table")) {
      return Optional.of(Ast.unwrap(v.init()));
    }
    if (decl instanceof Declaration.Import i) {
      return project.imported(i.from(), i.specifier()).flatMap(t -> Optional.ofNullable(t.exports().get(i.imported()))
          .flatMap(local -> t.topLevel().lookup(local))).flatMap(d -> tableInit(d, depth + 1));
    }
    return Optional.empty();
  }
}
