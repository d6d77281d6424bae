package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.code.OrmQuery;
import dev.cfscale.facts.config.BindingType;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Drizzle ORM over D1: {@code drizzle(env.DB)} (also over a wrapped binding, {@code drizzle(instrument(env.DB))})
 * is an ORM on that binding; each query-builder call on it is an operation, and the SQL a chain or a relational
 * query sends ({@link DrizzleSql}) is recorded too, so the D1 advisor plans it like a {@code prepare()}. A chain
 * passed to {@code inArray}/{@code eq}/{@code exists} is a subquery of the outer query, and a relation loaded
 * with {@code with} a lookup per parent row: both are planned ({@code subquery}) but are not round trips.
 */
final class Drizzle implements Convention {
  private static final Set<String> ORM_CALLS = Set.of("select", "selectDistinct", "insert", "update", "delete", "query", "execute",
      "run", "all", "get", "values", "batch", "$count");
  static final String LIBRARY = "drizzle";
  private static final Set<String> CHAIN_STARTS = Set.of("select", "selectDistinct", "update", "delete", "insert", "$count");
  /** The ORM's methods that send a raw {@code sql`...`} statement: {@code db.all(sql`SELECT ...`)}, {@code db.run(...)}. */
  private static final Set<String> RAW_STATEMENTS = Set.of("all", "get", "run", "values");

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    return Ast.call(node).filter(c -> !c.args().isEmpty() && c.unwrappedCallee() instanceof Swc4jAstIdent id
            && id.getSym().toLowerCase(Locale.ROOT).contains("drizzle"))
        .flatMap(c -> database(c.args().get(0), unit, depth, evaluator))
        .map(b -> new Value.Orm(b, LIBRARY));
  }

  /** The D1 binding {@code arg} is, directly or wrapped by a library call ({@code instrumentD1WithSentry(env.DB)}). */
  static Optional<Value.Binding> database(ISwc4jAst arg, FunctionUnit unit, int depth, Evaluator evaluator) {
    Value v = evaluator.eval(arg, unit, depth + 1);
    if (v instanceof Value.Binding b && b.type() == BindingType.D1_DATABASE) {
      return Optional.of(b);
    }
    ISwc4jAst node = Ast.unwrap(arg);
    if (node instanceof Swc4jAstIdent id) {
      node = DrizzleExpressions.variable(id, unit).map(var -> Ast.unwrap(var.init())).orElse(node);
    }
    if (node instanceof Swc4jAstCallExpr wrapper && !wrapper.getArgs().isEmpty() && !(evaluator.eval(wrapper.getCallee(), unit, depth + 1)
        instanceof Value.Function)) {
      Value inner = evaluator.eval(wrapper.getArgs().get(0).getExpr(), unit, depth + 1);
      if (inner instanceof Value.Binding b && b.type() == BindingType.D1_DATABASE) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    DrizzlePatterns.filter(node, unit, scope);
    declaredTable(node, unit, scope);
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m) || !(node instanceof Swc4jAstCallExpr c)) {
      return;
    }
    String method = Ast.propName(m).orElse("");
    if (method.equals("findFirst") || method.equals("findMany")) {
      relationalQuery(c, m, method, unit, scope);
    }
    if (DrizzleSql.BUILDER_METHODS.contains(method)) {
      continuation(c, m, unit, scope);
    }
    if (!ORM_CALLS.contains(method) || !(scope.evaluator().eval(m.getObj(), unit) instanceof Value.Orm orm) || !orm.library().equals(LIBRARY)) {
      return;
    }
    boolean subquery = CHAIN_STARTS.contains(method) && isSubquery(DrizzleSql.end(c), unit);
    if (!subquery) {
      CallOptions options = method.equals("insert") && insertsASlice(c, unit)
          ? CallOptions.fromOrm(new OrmQuery(LIBRARY, Optional.of(DrizzleSql.lastMethod(c)), "", true)) : CallOptions.NONE;
      scope.record(unit, node, Optional.of(orm.binding()), "orm." + method, KeyArg.NONE, options);
    }
    if (RAW_STATEMENTS.contains(method) && !c.getArgs().isEmpty()) {
      new DrizzleSql(scope.evaluator()).raw(c.getArgs().get(0).getExpr(), unit).ifPresent(sql -> scope.recordSql(unit, node,
          orm.binding(), "prepare", Optional.of(sql), false, CallOptions.fromOrm(new OrmQuery(LIBRARY, Optional.of(method)))));
    }
    if (CHAIN_STARTS.contains(method)) {
      eachOrder(scope, t -> t.of(c, method, unit), (sql, translation) -> scope.recordSql(unit, node, orm.binding(),
          subquery ? "subquery" : "prepare", Optional.of(sql), false,
          limited(CallOptions.fromOrm(new OrmQuery("drizzle", Optional.of(DrizzleSql.lastMethod(c)), subquery ? "subquery" : "")),
              translation, unit)));
    }
  }

  /**
   * A query built in steps (Drizzle's dynamic query building): {@code const q = db.select(...).from(t)}, then
   * {@code await q.where(...)} in one branch and {@code await q.innerJoin(...).where(...)} in another. The base chain
   * sends nothing by itself; each continuation sends the base with its own calls, planned where it is written.
   */
  private static void continuation(Swc4jAstCallExpr call, Swc4jAstMemberExpr callee, FunctionUnit unit, OperationScope scope) {
    if (!(Ast.unwrap(callee.getObj()) instanceof Swc4jAstIdent held)) {
      return;
    }
    Optional<ISwc4jAst> base = DrizzleExpressions.variable(held, unit).map(v -> Ast.unwrap(v.init()));
    ISwc4jAst node = base.orElse(null);
    // walk the base chain back to where it starts on the ORM: db.select(...).from(t) -> db.select(...)
    while (node instanceof Swc4jAstCallExpr step && Ast.unwrap(step.getCallee()) instanceof Swc4jAstMemberExpr sm) {
      String method = Ast.propName(sm).orElse("");
      if (CHAIN_STARTS.contains(method) && scope.evaluator().eval(sm.getObj(), unit) instanceof Value.Orm orm && orm.library().equals(LIBRARY)) {
        boolean subquery = isSubquery(DrizzleSql.end(call), unit);
        eachOrder(scope, t -> t.continued(step, method, call, unit), (sql, translation) -> scope.recordSql(unit, call, orm.binding(),
            subquery ? "subquery" : "prepare", Optional.of(sql), false,
            limited(CallOptions.fromOrm(new OrmQuery("drizzle", Optional.of(DrizzleSql.lastMethod(call)), subquery ? "subquery" : "")),
                translation, unit)));
        return;
      }
      node = Ast.unwrap(sm.getObj());
    }
  }

  /**
   * Translates a query and hands each SQL it can send to {@code record}: one text, or two when its order is chosen by a
   * conditional ({@code orderBy(sort === "top" ? desc(t.score) : desc(t.createdAt))}), each order planned on its own.
   */
  private static void eachOrder(OperationScope scope, java.util.function.Function<DrizzleSql, Optional<String>> translate,
      java.util.function.BiConsumer<String, DrizzleSql> record) {
    DrizzleSql first = new DrizzleSql(scope.evaluator());
    Optional<String> sql = translate.apply(first);
    sql.ifPresent(s -> record.accept(s, first));
    if (sql.isPresent() && first.choseOrder()) {
      DrizzleSql second = new DrizzleSql(scope.evaluator()).withSecondOrder();
      translate.apply(second).filter(s -> !s.equals(sql.get())).ifPresent(s -> record.accept(s, second));
    }
  }

  /** {@code db.query.users.findFirst({...})} on a Drizzle instance: an ORM operation with its SQL and its relations' lookups. */
  private static void relationalQuery(Swc4jAstCallExpr call, Swc4jAstMemberExpr callee, String method, FunctionUnit unit,
      OperationScope scope) {
    if (!(Ast.unwrap(callee.getObj()) instanceof Swc4jAstMemberExpr tableRef)
        || !(Ast.unwrap(tableRef.getObj()) instanceof Swc4jAstMemberExpr queryRef)
        || Ast.propName(queryRef).filter("query"::equals).isEmpty()
        || !(scope.evaluator().eval(queryRef.getObj(), unit) instanceof Value.Orm orm) || !orm.library().equals(LIBRARY)) {
      return;
    }
    scope.record(unit, call, Optional.of(orm.binding()), "orm." + method, KeyArg.NONE, CallOptions.NONE);
    DrizzleSql translation = new DrizzleSql(scope.evaluator());
    Optional<DrizzleSql.Relational> query = Ast.propName(tableRef)
        .flatMap(table -> translation.relational(call, table, method.equals("findFirst"), unit));
    query.ifPresent(q -> {
      scope.recordSql(unit, call, orm.binding(), "prepare", Optional.of(q.sql()), false,
          limited(CallOptions.fromOrm(new OrmQuery("drizzle", Optional.empty(), "")), translation, unit));
      for (DrizzleSql.Nested nested : q.nested()) {
        scope.recordSql(unit, nested.node(), orm.binding(), "subquery", Optional.of(nested.sql()), false,
            CallOptions.fromOrm(new OrmQuery("drizzle", Optional.empty(), "relation " + nested.relation())));
      }
    });
  }

  /** {@code insert(t).values(rows.slice(a, b))} (also through a {@code const}): one statement per chunk of a list. */
  private static boolean insertsASlice(Swc4jAstCallExpr start, FunctionUnit unit) {
    ISwc4jAst end = start;
    while (end.getParent() instanceof Swc4jAstMemberExpr m && m.getObj() == end && m.getParent() instanceof Swc4jAstCallExpr next) {
      if (Ast.propName(m).filter("values"::equals).isPresent() && !next.getArgs().isEmpty()) {
        ISwc4jAst rows = Ast.unwrap(next.getArgs().get(0).getExpr());
        if (rows instanceof Swc4jAstIdent id) {
          rows = DrizzleExpressions.variable(id, unit).map(v -> Ast.unwrap(v.init())).orElse(rows);
        }
        return rows instanceof Swc4jAstCallExpr slice && Ast.unwrap(slice.getCallee()) instanceof Swc4jAstMemberExpr sm
            && Ast.propName(sm).filter(n -> n.equals("slice") || n.equals("splice")).isPresent();
      }
      end = next;
    }
    return false;
  }

  /**
   * A {@code sqliteTable(...)} declaration, recorded as its DDL ({@code schema}) on the Worker's one D1 binding: the
   * D1 advisor builds the schema from it when the checkout has no SQL migrations.
   */
  private static void declaredTable(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    if (!(node instanceof Swc4jAstCallExpr call) || !DrizzleTables.isTableCall(call)) {
      return;
    }
    java.util.List<String> databases = scope.evaluator().project().bindingsOfType(BindingType.D1_DATABASE);
    java.util.List<String> ddl = databases.size() == 1 ? DrizzleSchema.ddl(call) : java.util.List.of();
    if (!ddl.isEmpty()) {
      scope.recordSql(unit, node, new Value.Binding(databases.get(0), BindingType.D1_DATABASE), "schema",
          Optional.of(String.join("; ", ddl) + ";"), false, CallOptions.fromOrm(new OrmQuery("drizzle", Optional.empty(), "schema")));
    }
  }

  private static CallOptions limited(CallOptions options, DrizzleSql translation, FunctionUnit unit) {
    CallOptions marked = RequestLimits.mark(options, translation.uncappedLimit(), unit);
    return translation.orderWrittenAt().map(marked::withOrderWrittenAt).orElse(marked);
  }

  /**
   * True when a builder chain is an argument of a Drizzle operator ({@code inArray(t.id, db.select(...)...)}), or is
   * held in a {@code const} that is only passed to one ({@code const pro = db.select(...); ... inArray(t.a, pro)}).
   */
  private static boolean isSubquery(Swc4jAstCallExpr end, FunctionUnit unit) {
    ISwc4jAst node = end;
    while (node.getParent() != null && node.getParent() != node && isWrapper(node.getParent())) {
      node = node.getParent();
    }
    if (node.getParent() instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator declarator
        && declarator.getName() instanceof com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent name) {
      String held = name.getId().getSym();
      java.util.List<Swc4jAstCallExpr> uses = unit.module().calls().stream().filter(c -> c.getArgs().stream()
          .anyMatch(a -> Ast.identifier(a.getExpr()).filter(held::equals).isPresent()) && within(c, unit.node())).toList();
      return !uses.isEmpty() && uses.stream().allMatch(Drizzle::takesSubquery);
    }
    return node.getParent() instanceof Swc4jAstExprOrSpread arg && arg.getParent() instanceof Swc4jAstCallExpr outer && takesSubquery(outer);
  }

  private static boolean takesSubquery(Swc4jAstCallExpr call) {
    return Ast.identifier(call.getCallee()).filter(DrizzleExpressions.SUBQUERY_TAKERS::contains).isPresent();
  }

  private static boolean within(ISwc4jAst node, ISwc4jAst body) {
    return node.getSpan().getStart() >= body.getSpan().getStart() && node.getSpan().getEnd() <= body.getSpan().getEnd();
  }

  private static boolean isWrapper(ISwc4jAst node) {
    return node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr || node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsAsExpr;
  }
}
