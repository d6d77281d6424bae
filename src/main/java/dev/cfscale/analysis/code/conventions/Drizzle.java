package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
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
 * Drizzle ORM over D1: {@code drizzle(env.DB)} is an ORM on that binding; each query-builder call on it
 * is an operation, and a chain over one {@code sqliteTable} ({@code db.select().from(t).where(...)}) or a
 * relational query ({@code db.query.users.findFirst({...})}) is also recorded as the SQL it sends, so the
 * D1 advisor plans it like a {@code prepare()}.
 */
final class Drizzle implements Convention {
  private static final Set<String> ORM_CALLS = Set.of("select", "selectDistinct", "insert", "update", "delete", "query", "execute",
      "run", "all", "get", "values", "batch");
  private static final Set<String> CHAIN_STARTS = Set.of("select", "update", "delete", "insert");

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    return Ast.call(node).filter(c -> !c.args().isEmpty() && c.unwrappedCallee() instanceof Swc4jAstIdent id
            && id.getSym().toLowerCase(Locale.ROOT).contains("drizzle"))
        .map(c -> evaluator.eval(c.args().get(0), unit, depth + 1))
        .filter(arg -> arg instanceof Value.Binding b && b.type() == BindingType.D1_DATABASE)
        .map(b -> new Value.Orm((Value.Binding) b));
  }

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m)) {
      return;
    }
    String method = Ast.propName(m).orElse("");
    if ((method.equals("findFirst") || method.equals("findMany")) && node instanceof Swc4jAstCallExpr c) {
      relationalQuery(c, m, method, unit, scope);
    }
    if (scope.evaluator().eval(m.getObj(), unit) instanceof Value.Orm orm && ORM_CALLS.contains(method)) {
      scope.record(unit, node, Optional.of(orm.binding()), "orm." + method, KeyArg.NONE, CallOptions.NONE);
      if (node instanceof Swc4jAstCallExpr c && CHAIN_STARTS.contains(method)) {
        new DrizzleSql(scope.evaluator().project()).of(c, method, unit).ifPresent(sql -> scope.recordSql(unit, node, orm.binding(),
            "prepare", Optional.of(sql), false, CallOptions.fromOrm(new OrmQuery("drizzle", Optional.of(DrizzleSql.lastMethod(c))))));
      }
    }
  }

  /** {@code db.query.users.findFirst({...})} on a Drizzle instance: an ORM operation with its SQL. */
  private static void relationalQuery(Swc4jAstCallExpr call, Swc4jAstMemberExpr callee, String method, FunctionUnit unit,
      OperationScope scope) {
    if (!(Ast.unwrap(callee.getObj()) instanceof Swc4jAstMemberExpr tableRef)
        || !(Ast.unwrap(tableRef.getObj()) instanceof Swc4jAstMemberExpr queryRef)
        || Ast.propName(queryRef).filter("query"::equals).isEmpty()
        || !(scope.evaluator().eval(queryRef.getObj(), unit) instanceof Value.Orm orm)) {
      return;
    }
    scope.record(unit, call, Optional.of(orm.binding()), "orm." + method, KeyArg.NONE, CallOptions.NONE);
    Ast.propName(tableRef).flatMap(table -> new DrizzleSql(scope.evaluator().project()).relational(call, table, method.equals("findFirst"), unit))
        .ifPresent(sql -> scope.recordSql(unit, call, orm.binding(), "prepare", Optional.of(sql), false, CallOptions.fromOrm(new OrmQuery("drizzle", Optional.empty()))));
  }
}
