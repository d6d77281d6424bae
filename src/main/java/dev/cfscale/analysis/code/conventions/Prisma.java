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
 * Prisma with the D1 driver adapter: {@code new PrismaClient({ adapter: new PrismaD1(env.DB) })} is a client on that
 * binding, and each model query on it ({@code prisma.user.findMany({ where, orderBy, take })}, {@code findFirst},
 * {@code findUnique}, {@code count}, {@code update}, {@code delete}...) is an operation with the SQL it sends
 * ({@link PrismaSql}). The model's table is its client property (SQLite compares table names without case).
 */
final class Prisma implements Convention {
  static final String LIBRARY = "prisma";
  private static final Set<String> QUERIES = Set.of("findMany", "findFirst", "findFirstOrThrow", "findUnique", "findUniqueOrThrow",
      "count", "update", "updateMany", "delete", "deleteMany", "create", "createMany", "upsert");

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    if (!(node instanceof Swc4jAstNewExpr n)) {
      return Optional.empty();
    }
    Optional<String> name = Ast.identifier(n.getCallee());
    Optional<ISwc4jAst> first = n.getArgs().filter(a -> !a.isEmpty() && a.get(0).getSpread().isEmpty()).map(a -> (ISwc4jAst) a.get(0).getExpr());
    if (name.filter("PrismaD1"::equals).isPresent()) {
      return first.flatMap(db -> Drizzle.database(db, unit, depth, evaluator)).map(Value.class::cast); // the adapter stands for its binding
    }
    if (name.filter("PrismaClient"::equals).isPresent()) {
      return Kysely.property(first, "adapter").flatMap(a -> Drizzle.database(a, unit, depth, evaluator)).map(b -> new Value.Orm(b, LIBRARY));
    }
    return Optional.empty();
  }

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    if (!(node instanceof Swc4jAstCallExpr call) || !(Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m)
        || !(Ast.unwrap(m.getObj()) instanceof Swc4jAstMemberExpr model)) {
      return;
    }
    String method = Ast.propName(m).orElse("");
    Optional<String> table = Ast.propName(model);
    if (!QUERIES.contains(method) || table.isEmpty() || table.get().startsWith("$")
        || !(scope.evaluator().eval(model.getObj(), unit) instanceof Value.Orm orm) || !orm.library().equals(LIBRARY)) {
      return;
    }
    scope.record(unit, node, Optional.of(orm.binding()), "orm." + method, KeyArg.NONE, CallOptions.NONE);
    PrismaSql translation = new PrismaSql();
    translation.of(call, table.get(), method, unit).ifPresent(sql -> {
      CallOptions options = CallOptions.fromOrm(new OrmQuery(LIBRARY, Optional.of(method)));
      scope.recordSql(unit, node, orm.binding(), "prepare", Optional.of(sql), false,
          RequestLimits.mark(options, translation.uncappedLimit(), unit));
    });
  }
}
