package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstBool;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstExpr;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.analysis.code.conventions.DrizzleExpressions.Scope;
import dev.cfscale.analysis.code.conventions.DrizzleExpressions.Unsupported;
import dev.cfscale.findings.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The SQL a Drizzle query sends, for the D1 advisor to plan: builder chains ({@code db.select(fields).from(t)
 * .leftJoin(u, eq(...)).where(...).groupBy(...).orderBy(...).limit(n)}, {@code update(t).set({...}).where(...)},
 * {@code delete(t).where(...)}, {@code db.$count(t, where)}) and relational queries ({@code db.query.t.findMany({
 * where, orderBy, limit, columns, with })}) over tables declared with {@code sqliteTable(...)}. Each relation
 * loaded with {@code with} is the lookup Drizzle's correlated subquery makes per parent row, planned on its own.
 * Values become {@code ?}; anything not modelled yields nothing rather than a guess.
 */
final class DrizzleSql {
  private static final Set<String> JOINS = Set.of("innerJoin", "leftJoin", "rightJoin", "fullJoin");

  private final DrizzleTables tables;
  private final DrizzleExpressions expressions;
  private final DrizzleRelations relations;
  /** The LIMIT value of the last query translated, when it comes from the request with no cap. */
  private Optional<ISwc4jAst> uncappedLimit = Optional.empty();
  /** Where the ORDER BY terms of the last query translated are written, when a variable holds them. */
  private Optional<Location> orderWrittenAt = Optional.empty();

  private final Evaluator evaluator;

  DrizzleSql(Evaluator evaluator) {
    this.evaluator = evaluator;
    this.tables = new DrizzleTables(evaluator);
    this.expressions = new DrizzleExpressions(tables);
    this.relations = new DrizzleRelations(evaluator.project(), tables);
  }

  /** A relation's lookup: where it is written ({@code modules: {...}} in {@code with}) and the SQL it runs per parent row. */
  record Nested(ISwc4jAst node, String sql, String relation) {}

  /** A relational query's own SQL and the lookups of the relations it loads. */
  record Relational(String sql, List<Nested> nested) {}

  /** This translation with the second branch of each order chosen by a conditional. */
  DrizzleSql withSecondOrder() {
    expressions.followSecondOrder();
    return this;
  }

  /** True when the query's order is chosen by a conditional: {@link #withSecondOrder} translates the other one. */
  boolean choseOrder() {
    return expressions.choseOrder();
  }

  /** The last query's LIMIT value, when it is taken from the request's query string with no cap. */
  Optional<ISwc4jAst> uncappedLimit() {
    return uncappedLimit;
  }

  /** Where the last query's ORDER BY terms are written, when a variable holds them ({@code orderBy} chosen before the query). */
  Optional<Location> orderWrittenAt() {
    return orderWrittenAt;
  }

  private void noteOrder(ISwc4jAst value, FunctionUnit unit) {
    ISwc4jAst held = Ast.unwrap(value);
    orderWrittenAt = Ast.identifier(held).flatMap(name -> unit.wholeVariable(name, held))
        .map(v -> Ast.location(v.scope(), v.init()));
  }

  /** The SQL of the chain starting at {@code start} ({@code db.select()}, {@code db.update(t)}, {@code db.delete(t)}). */
  Optional<String> of(Swc4jAstCallExpr start, String method, FunctionUnit unit) {
    if (continuedLater(end(start))) {
      return Optional.empty(); // const q = db.select().from(t); ... q.where(...): the SQL sent is not the one written here
    }
    return translated(start, method, chain(start), unit);
  }

  /**
   * The SQL a query built in steps sends where it is completed: {@code const q = db.select().from(t)} (the chain started at
   * {@code start}), then {@code await q.where(...).limit(n)} ({@code continuation}, the first call on {@code q}). Empty
   * when the continuation is itself kept and built on.
   */
  Optional<String> continued(Swc4jAstCallExpr start, String method, Swc4jAstCallExpr continuation, FunctionUnit unit) {
    if (continuedLater(end(continuation))) {
      return Optional.empty();
    }
    List<Swc4jAstCallExpr> steps = new ArrayList<>(chain(start));
    steps.add(continuation);
    steps.addAll(chain(continuation));
    return translated(start, method, steps, unit);
  }

  private Optional<String> translated(Swc4jAstCallExpr start, String method, List<Swc4jAstCallExpr> chain, FunctionUnit unit) {
    try {
      return Optional.of(switch (method) {
        case "select", "selectDistinct" -> select(start, chain, unit, method.equals("selectDistinct"));
        case "update" -> update(start, chain, unit);
        case "delete" -> delete(start, chain, unit);
        case "$count" -> count(start, unit);
        case "insert" -> DrizzleInserts.sql(table(DrizzleExpressions.arg(start, 0), unit), chain, unit);
        default -> throw new Unsupported();
      });
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  /**
   * The SQL of a raw statement, {@code db.all(sql`SELECT * FROM ${posts} WHERE ${posts.status} = ${status}`)} (also a
   * {@code const} holding the template): its text with tables and columns as Drizzle writes them and values as {@code ?}.
   */
  Optional<String> raw(ISwc4jAst statement, FunctionUnit unit) {
    try {
      ISwc4jAst n = Ast.unwrap(statement);
      if (n instanceof Swc4jAstIdent id) {
        n = DrizzleExpressions.variable(id, unit).map(v -> Ast.unwrap(v.init())).orElse(n);
      }
      return n instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstTaggedTpl tagged
          ? Optional.of(expressions.fragment(tagged, new Scope(), unit)) : Optional.empty();
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  /**
   * The SQL of a relational query, {@code db.query.users.findFirst({ where, orderBy, limit, columns, with })},
   * where {@code users} is a table exported by one of the project's modules.
   */
  Optional<Relational> relational(Swc4jAstCallExpr call, String tableKey, boolean first, FunctionUnit unit) {
    try {
      DrizzleTables.Table table = tables.exported(tableKey).orElseThrow(Unsupported::new);
      Optional<Swc4jAstObjectLit> options = call.getArgs().isEmpty() ? Optional.empty()
          : Optional.of(objectOrVariable(DrizzleExpressions.arg(call, 0), unit));
      List<Nested> nested = new ArrayList<>();
      String sql = relationalQuery(table, options, first, unit, nested, "", Optional.empty());
      return Optional.of(new Relational(sql, nested));
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  /** The query of one table with relational options; relations it loads are added to {@code nested}. */
  private String relationalQuery(DrizzleTables.Table table, Optional<Swc4jAstObjectLit> options, boolean first, FunctionUnit unit,
      List<Nested> nested, String path, Optional<String> joinCondition) {
    Scope scope = new Scope(table);
    String columns = "*";
    Optional<String> filter = Optional.empty();
    String order = "";
    String limit = first ? " LIMIT ?" : ""; // findFirst reads one row
    String offset = "";
    for (ISwc4jAst prop : options.map(Swc4jAstObjectLit::getProps).orElse(List.of())) {
      // { where: w } or the shorthand { where }
      ISwc4jAst value = prop instanceof Swc4jAstKeyValueProp kv ? kv.getValue() : prop instanceof Swc4jAstIdent shorthand ? shorthand : null;
      String key = prop instanceof Swc4jAstKeyValueProp kv ? Ast.name(kv.getKey()).orElse(null) : value != null ? ((Swc4jAstIdent) value).getSym() : null;
      if (key == null) {
        throw new Unsupported();
      }
      switch (key) {
        case "where" -> filter = callback(value, scope, unit, (body, u) -> expressions.condition(body, scope, u));
        case "orderBy" -> {
          if (path.isEmpty()) {
            noteOrder(value, unit);
          }
          order = " ORDER BY " + callback(value, scope, unit, (body, u) -> Optional.of(orderList(body, scope, u)))
            .orElseThrow(Unsupported::new);
        }
        case "limit" -> {
          limit = " LIMIT ?";
          if (path.isEmpty() && RequestLimits.uncapped(value, unit)) {
            uncappedLimit = Optional.of(value);
          }
        }
        case "offset" -> offset = " OFFSET ?";
        case "columns" -> columns = selectedColumns(value, table);
        case "with" -> relations(value, table, unit, nested, path);
        default -> { } // extras (computed columns) do not change how rows are found
      }
    }
    List<String> conditions = new ArrayList<>();
    joinCondition.ifPresent(conditions::add);
    filter.ifPresent(f -> conditions.add(joinCondition.isPresent() ? "(" + f + ")" : f));
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return "SELECT " + columns + " FROM " + DrizzleExpressions.quote(table.name()) + where + order + limit + offset;
  }

  /** {@code with: { category: true, modules: { columns, with } }}: one lookup per relation, nested ones too. */
  private void relations(ISwc4jAst value, DrizzleTables.Table parent, FunctionUnit unit, List<Nested> nested, String path) {
    if (!(Ast.unwrap(value) instanceof Swc4jAstObjectLit with)) {
      throw new Unsupported();
    }
    for (ISwc4jAst prop : with.getProps()) {
      if (!(prop instanceof Swc4jAstKeyValueProp kv) || Ast.name(kv.getKey()).isEmpty()) {
        continue;
      }
      String name = Ast.name(kv.getKey()).get();
      ISwc4jAst options = Ast.unwrap(kv.getValue());
      if (options instanceof Swc4jAstBool b && !b.isValue()) {
        continue;
      }
      Optional<DrizzleRelations.Lookup> lookup = relations.lookup(parent, name);
      if (lookup.isEmpty()) {
        continue; // a relation declared elsewhere than the project's relations(): nothing to plan
      }
      DrizzleRelations.Lookup l = lookup.get();
      String relationPath = path.isEmpty() ? name : path + "." + name;
      try {
        Optional<Swc4jAstObjectLit> childOptions = options instanceof Swc4jAstObjectLit o ? Optional.of(o) : Optional.empty();
        List<Nested> deeper = new ArrayList<>();
        String match = String.join(" AND ", l.childColumns().stream().map(c -> DrizzleExpressions.quote(c) + " = ?").toList());
        nested.add(new Nested(kv, relationalQuery(l.child(), childOptions, false, unit, deeper, relationPath, Optional.of(match)), relationPath));
        nested.addAll(deeper);
      } catch (Unsupported e) {
        // this relation's options are not modelled; the others still are
      }
    }
  }

  /** A value, or an arrow function {@code (t, helpers) => value} whose first parameter names the query's table. */
  private <T> Optional<T> callback(ISwc4jAst node, Scope scope, FunctionUnit unit,
      java.util.function.BiFunction<ISwc4jAst, FunctionUnit, Optional<T>> convert) {
    if (Ast.unwrap(node) instanceof Swc4jAstArrowExpr arrow) {
      if (arrow.getParams().isEmpty() || !(arrow.getBody() instanceof ISwc4jAstExpr body)) {
        throw new Unsupported();
      }
      ISwc4jAst param = arrow.getParams().get(0);
      scope.alias(Ast.name(param instanceof Swc4jAstBindingIdent b ? b.getId() : param).orElseThrow(Unsupported::new), scope.from());
      FunctionUnit inner = unit.module().unitAt(arrow).orElse(unit);
      return convert.apply(body, inner);
    }
    return convert.apply(node, unit);
  }

  /** {@code orderBy: [desc(t.a), t.b]}, {@code orderBy: t.a} or a variable holding either. */
  private String orderList(ISwc4jAst node, Scope scope, FunctionUnit unit) {
    ISwc4jAst n = Ast.unwrap(node);
    if (n instanceof Swc4jAstArrayLit array) {
      List<String> out = new ArrayList<>();
      array.getElems().forEach(e -> out.add(expressions.orderTerm(e.orElseThrow(Unsupported::new).getExpr(), scope, unit)));
      if (out.isEmpty()) {
        throw new Unsupported();
      }
      return String.join(", ", out);
    }
    return expressions.orderTerm(n, scope, unit);
  }

  /**
   * {@code columns: { id: true, body: false }} as a column list: with any {@code true}, the columns set true (or to a
   * value that is not {@code false}); with only {@code false}, every other column.
   */
  private static String selectedColumns(ISwc4jAst node, DrizzleTables.Table table) {
    if (!(Ast.unwrap(node) instanceof Swc4jAstObjectLit o)) {
      return "*";
    }
    List<String> included = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    for (ISwc4jAst prop : o.getProps()) {
      if (!(prop instanceof Swc4jAstKeyValueProp kv)) {
        return "*";
      }
      String column = Ast.name(kv.getKey()).map(k -> table.columns().get(k)).orElse(null);
      if (column == null) {
        return "*";
      }
      boolean off = Ast.unwrap(kv.getValue()) instanceof Swc4jAstBool b && !b.isValue();
      (off ? excluded : included).add(DrizzleExpressions.quote(column));
    }
    if (included.isEmpty()) {
      List<String> rest = table.columns().values().stream().map(DrizzleExpressions::quote).filter(c -> !excluded.contains(c)).toList();
      return excluded.isEmpty() || rest.isEmpty() ? "*" : String.join(", ", rest);
    }
    return String.join(", ", included);
  }

  private String select(Swc4jAstCallExpr start, List<Swc4jAstCallExpr> chain, FunctionUnit unit, boolean distinct) {
    Swc4jAstCallExpr from = find(chain, "from").orElseThrow(Unsupported::new);
    Scope scope = new Scope(table(DrizzleExpressions.arg(from, 0), unit));
    List<Join> joins = new ArrayList<>();
    for (Swc4jAstCallExpr step : chain) {
      String method = method(step);
      if (JOINS.contains(method)) {
        DrizzleTables.Table joined = table(DrizzleExpressions.arg(step, 0), unit);
        scope.join(joined);
        String on = step.getArgs().size() > 1 ? expressions.condition(DrizzleExpressions.arg(step, 1), scope, unit).orElse("1") : "1";
        joins.add(new Join(DrizzleExpressions.quote(joined.name()), on, !method.equals("innerJoin")));
      } else if (method.equals("crossJoin") || method.equals("as") || method.equals("union") || method.equals("having")) {
        throw new Unsupported();
      }
    }
    StringBuilder where = new StringBuilder();
    appendWhere(where, chain, scope, unit);
    StringBuilder sql = new StringBuilder("SELECT ").append(distinct ? "DISTINCT " : "").append(fields(start, scope, unit))
        .append(" FROM ").append(DrizzleExpressions.quote(scope.from().name()));
    Set<String> required = NullRejection.tables(where.toString(), joins);
    for (Join j : joins) {
      sql.append(j.left() && !required.contains(j.table()) ? " LEFT JOIN " : " JOIN ").append(j.table()).append(" ON ").append(j.on());
    }
    sql.append(where);
    find(chain, "groupBy").ifPresent(g -> sql.append(" GROUP BY ").append(terms(g, scope, unit)));
    find(chain, "orderBy").ifPresent(o -> {
      sql.append(" ORDER BY ").append(terms(o, scope, unit));
      if (o.getArgs().size() == 1) {
        noteOrder(o.getArgs().get(0).getExpr(), unit);
      }
    });
    find(chain, "limit").ifPresent(l -> {
      sql.append(" LIMIT ?");
      uncappedLimit = l.getArgs().isEmpty() ? Optional.empty()
          : Optional.of((ISwc4jAst) l.getArgs().get(0).getExpr()).filter(v -> RequestLimits.uncapped(v, unit));
    });
    find(chain, "offset").ifPresent(l -> sql.append(" OFFSET ?"));
    return sql.toString();
  }

  /** One join of a chain as rendered: the table, its ON condition, and whether it was written as an outer join. */
  record Join(String table, String on, boolean left) {}

  private String update(Swc4jAstCallExpr start, List<Swc4jAstCallExpr> chain, FunctionUnit unit) {
    Scope scope = new Scope(table(DrizzleExpressions.arg(start, 0), unit));
    Swc4jAstCallExpr set = find(chain, "set").orElseThrow(Unsupported::new);
    List<String> assignments = assignments(DrizzleExpressions.arg(set, 0), scope, unit);
    if (assignments.isEmpty()) {
      // set(changes) with columns the code does not write out: still an update of this table, planned by its where (the
      // column named is any one; the last, as a key usually comes first)
      List<String> columns = List.copyOf(scope.from().columns().values());
      assignments = columns.isEmpty() ? List.of() : List.of(DrizzleExpressions.quote(columns.get(columns.size() - 1)) + " = ?");
    }
    if (assignments.isEmpty()) {
      throw new Unsupported();
    }
    StringBuilder sql = new StringBuilder("UPDATE ").append(DrizzleExpressions.quote(scope.from().name())).append(" SET ")
        .append(String.join(", ", assignments));
    appendWhere(sql, chain, scope, unit);
    return sql.toString();
  }

  /**
   * The columns {@code set(...)} writes: the keys of its object literal, also when a {@code const} holds it
   * ({@code const changes = { name, updatedAt }; ... .set(changes)}); spreads are skipped. Empty when not known.
   */
  private List<String> assignments(ISwc4jAst arg, Scope scope, FunctionUnit unit) {
    ISwc4jAst node = Ast.unwrap(arg);
    Swc4jAstObjectLit values = node instanceof Swc4jAstObjectLit o ? o
        : evaluator.eval(node, unit) instanceof Value.ObjectLiteral held ? held.node() : null;
    if (values == null) {
      return List.of();
    }
    List<String> assignments = new ArrayList<>();
    for (ISwc4jAst prop : values.getProps()) {
      if (prop instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstSpreadElement) {
        continue; // set({ ...changes, updatedAt }): the columns written out still say what the statement is
      }
      String key = prop instanceof Swc4jAstKeyValueProp kv ? Ast.name(kv.getKey()).orElseThrow(Unsupported::new)
          : prop instanceof Swc4jAstIdent shorthand ? shorthand.getSym() : null;
      if (key == null || !scope.from().columns().containsKey(key)) {
        throw new Unsupported();
      }
      assignments.add(DrizzleExpressions.quote(scope.from().columns().get(key)) + " = ?");
    }
    return assignments;
  }

  private String delete(Swc4jAstCallExpr start, List<Swc4jAstCallExpr> chain, FunctionUnit unit) {
    Scope scope = new Scope(table(DrizzleExpressions.arg(start, 0), unit));
    StringBuilder sql = new StringBuilder("DELETE FROM ").append(DrizzleExpressions.quote(scope.from().name()));
    appendWhere(sql, chain, scope, unit);
    return sql.toString();
  }

  /** {@code db.$count(table)} or {@code db.$count(table, where)}. */
  private String count(Swc4jAstCallExpr call, FunctionUnit unit) {
    Scope scope = new Scope(table(DrizzleExpressions.arg(call, 0), unit));
    String where = call.getArgs().size() > 1
        ? expressions.condition(DrizzleExpressions.arg(call, 1), scope, unit).map(c -> " WHERE " + c).orElse("") : "";
    return "SELECT count(*) FROM " + DrizzleExpressions.quote(scope.from().name()) + where;
  }

  private void appendWhere(StringBuilder sql, List<Swc4jAstCallExpr> chain, Scope scope, FunctionUnit unit) {
    Optional<Swc4jAstCallExpr> where = find(chain, "where");
    if (where.isPresent() && !where.get().getArgs().isEmpty()) {
      expressions.condition(DrizzleExpressions.arg(where.get(), 0), scope, unit).ifPresent(c -> sql.append(" WHERE ").append(c));
    }
  }

  /** The comma-separated terms of {@code orderBy(...)} or {@code groupBy(...)}. */
  private String terms(Swc4jAstCallExpr call, Scope scope, FunctionUnit unit) {
    if (call.getArgs().stream().anyMatch(a -> a.getSpread().isPresent()) || call.getArgs().isEmpty()) {
      throw new Unsupported();
    }
    List<String> out = new ArrayList<>();
    for (var a : call.getArgs()) {
      out.add(Ast.unwrap(a.getExpr()) instanceof Swc4jAstArrayLit ? orderList(a.getExpr(), scope, unit)
          : expressions.orderTerm(a.getExpr(), scope, unit));
    }
    return String.join(", ", out);
  }

  private String fields(Swc4jAstCallExpr select, Scope scope, FunctionUnit unit) {
    if (select.getArgs().isEmpty()) {
      return "*";
    }
    if (!(Ast.unwrap(DrizzleExpressions.arg(select, 0)) instanceof Swc4jAstObjectLit o)) {
      return "*";
    }
    List<String> columns = new ArrayList<>();
    return fieldsOf(o, scope, unit, columns) && !columns.isEmpty() ? String.join(", ", columns) : "*";
  }

  /**
   * Adds the fields of a selection object to {@code columns}: each value, a nested group's values, and the fields of a
   * helper's object spread in ({@code ...this.counters()}); false when a part is not understood (then: every column).
   */
  private boolean fieldsOf(Swc4jAstObjectLit o, Scope scope, FunctionUnit unit, List<String> columns) {
    for (ISwc4jAst prop : o.getProps()) {
      if (prop instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstSpreadElement spread) {
        boolean known = expressions.values().returned(spread.getExpr(), unit, w -> Ast.unwrap(w.node()) instanceof Swc4jAstObjectLit inner
            && fieldsOf(inner, scope, w.unit(), columns)).orElse(false);
        if (!known) {
          return false;
        }
      } else if (!(prop instanceof Swc4jAstKeyValueProp kv)) {
        return false;
      } else if (Ast.unwrap(kv.getValue()) instanceof Swc4jAstObjectLit group) {
        group.getProps().stream().filter(Swc4jAstKeyValueProp.class::isInstance)
            .forEach(p -> columns.add(expressions.field(((Swc4jAstKeyValueProp) p).getValue(), scope, unit)));
      } else {
        columns.add(expressions.field(kv.getValue(), scope, unit));
      }
    }
    return true;
  }

  /** An options object written in place or held in a {@code const}. */
  private static Swc4jAstObjectLit objectOrVariable(ISwc4jAst node, FunctionUnit unit) {
    ISwc4jAst n = Ast.unwrap(node);
    if (n instanceof Swc4jAstIdent id) {
      n = DrizzleExpressions.variable(id, unit).map(v -> Ast.unwrap(v.init())).orElse(n);
    }
    if (n instanceof Swc4jAstObjectLit o) {
      return o;
    }
    throw new Unsupported();
  }

  /** The last method called on the chain ({@code all}, {@code get}, {@code limit}...), or "" for none. */
  static String lastMethod(Swc4jAstCallExpr start) {
    List<Swc4jAstCallExpr> chain = chain(start);
    return chain.isEmpty() ? "" : method(chain.get(chain.size() - 1));
  }

  /**
   * True when the chain ending at {@code end} is kept in a variable ({@code const countQuery = db.select(...).from(t)}) that the
   * function goes on building ({@code countQuery.where(...)}, {@code .innerJoin(...)}) before it runs.
   */
  private static boolean continuedLater(Swc4jAstCallExpr end) {
    ISwc4jAst parent = end.getParent();
    while (parent instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr || parent instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsAsExpr) {
      parent = parent.getParent();
    }
    if (!(parent instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator declarator)
        || !(declarator.getName() instanceof Swc4jAstBindingIdent id)) {
      return false;
    }
    String name = id.getId().getSym();
    ISwc4jAst scope = declarator;
    while (scope.getParent() != null && !(scope instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstBlockStmt)) {
      scope = scope.getParent();
    }
    return continues(scope, name, 0);
  }

  /** True when {@code node} holds {@code name.<builder method>(...)}. */
  private static boolean continues(ISwc4jAst node, String name, int depth) {
    if (depth > 200) {
      return false;
    }
    if (node instanceof Swc4jAstMemberExpr m && Ast.unwrap(m.getObj()) instanceof Swc4jAstIdent obj
        && obj.getSym().equals(name) && m.getParent() instanceof Swc4jAstCallExpr call && call.getCallee() == m
        && Ast.propName(m).filter(BUILDER_METHODS::contains).isPresent()) {
      return true;
    }
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null && continues(child, name, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  static final Set<String> BUILDER_METHODS = Set.of("where", "innerJoin", "leftJoin", "rightJoin", "fullJoin", "orderBy",
      "groupBy", "having", "limit", "offset", "set", "from", "$dynamic");

  /** The call that ends the chain started at {@code start} ({@code start} itself when nothing is chained). */
  static Swc4jAstCallExpr end(Swc4jAstCallExpr start) {
    List<Swc4jAstCallExpr> chain = chain(start);
    return chain.isEmpty() ? start : chain.get(chain.size() - 1);
  }

  /** The calls chained on {@code start}: {@code start.from(...).where(...)} gives [from, where]. */
  private static List<Swc4jAstCallExpr> chain(Swc4jAstCallExpr start) {
    return BuilderChain.of(start).steps();
  }

  private static String method(Swc4jAstCallExpr call) {
    return Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m ? Ast.propName(m).orElse("") : "";
  }

  private static Optional<Swc4jAstCallExpr> find(List<Swc4jAstCallExpr> chain, String method) {
    return chain.stream().filter(c -> method(c).equals(method)).findFirst();
  }

  private DrizzleTables.Table table(ISwc4jAst ref, FunctionUnit unit) {
    return tables.table(ref, unit).orElseThrow(Unsupported::new);
  }
}
