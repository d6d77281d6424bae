package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
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
import java.util.Optional;
import java.util.Set;

/**
 * workers-qb: {@code new D1QB(env.DB)} is a query builder on that binding; its object calls ({@code qb.fetchAll({
 * tableName, fields, where: { conditions, params }, orderBy, limit })}, {@code fetchOne}, {@code update}, {@code delete},
 * {@code insert}) and fluent chains ({@code qb.select("users").where("email = ?", e).orderBy("id").all()}) are
 * operations with the SQL they send ({@link WorkersQbSql}).
 */
final class WorkersQb implements Convention {
  static final String LIBRARY = "workers-qb";
  private static final Set<String> CALLS = Set.of("fetchAll", "fetchOne", "select", "update", "delete", "insert");

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    if (!(node instanceof Swc4jAstNewExpr n) || Ast.identifier(n.getCallee()).filter("D1QB"::equals).isEmpty()) {
      return Optional.empty();
    }
    return n.getArgs().filter(a -> !a.isEmpty() && a.get(0).getSpread().isEmpty())
        .flatMap(a -> Drizzle.database(a.get(0).getExpr(), unit, depth, evaluator)).map(b -> new Value.Orm(b, LIBRARY));
  }

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    if (!(node instanceof Swc4jAstCallExpr call) || !(Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m)) {
      return;
    }
    String method = Ast.propName(m).orElse("");
    if (!CALLS.contains(method) || !(scope.evaluator().eval(m.getObj(), unit) instanceof Value.Orm orm) || !orm.library().equals(LIBRARY)) {
      return;
    }
    scope.record(unit, node, Optional.of(orm.binding()), "orm." + method, KeyArg.NONE, CallOptions.NONE);
    BuilderChain chain = BuilderChain.of(call);
    WorkersQbSql translation = new WorkersQbSql();
    translation.of(chain, method, unit).ifPresent(sql -> {
      String end = method.equals("select") ? chain.lastMethod() : method.equals("fetchAll") ? "all" : method;
      CallOptions options = CallOptions.fromOrm(new OrmQuery(LIBRARY, Optional.of(end)));
      scope.recordSql(unit, node, orm.binding(), "prepare", Optional.of(sql), false,
          RequestLimits.mark(options, translation.uncappedLimit(), unit));
    });
  }
}
