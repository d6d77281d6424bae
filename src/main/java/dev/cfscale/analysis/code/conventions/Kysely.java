package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
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
import java.util.Optional;
import java.util.Set;

/**
 * Kysely over D1 ({@code kysely-d1}): {@code new Kysely({ dialect: new D1Dialect({ database: env.DB }) })} is a query
 * builder on that binding, and each chain on it ({@code db.selectFrom("users").select(["id"]).where("email", "=", e)
 * .execute()}, {@code updateTable}, {@code deleteFrom}, {@code insertInto}) is an operation with the SQL it sends
 * ({@link KyselySql}).
 */
final class Kysely implements Convention {
  static final String LIBRARY = "kysely";
  private static final Set<String> CHAIN_STARTS = Set.of("selectFrom", "updateTable", "deleteFrom", "insertInto", "replaceInto");

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    if (!(node instanceof Swc4jAstNewExpr n) || Ast.identifier(n.getCallee()).filter("Kysely"::equals).isEmpty()) {
      return Optional.empty();
    }
    return property(firstArgument(n), "dialect").map(Ast::unwrap)
        .filter(d -> d instanceof Swc4jAstNewExpr dialect && Ast.identifier(dialect.getCallee()).filter(c -> c.endsWith("Dialect")).isPresent())
        .flatMap(d -> property(firstArgument((Swc4jAstNewExpr) d), "database"))
        .flatMap(db -> Drizzle.database(db, unit, depth, evaluator))
        .map(b -> new Value.Orm(b, LIBRARY));
  }

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    if (!(node instanceof Swc4jAstCallExpr call) || !(Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m)) {
      return;
    }
    String method = Ast.propName(m).orElse("");
    if (!CHAIN_STARTS.contains(method) || !(scope.evaluator().eval(m.getObj(), unit) instanceof Value.Orm orm)
        || !orm.library().equals(LIBRARY)) {
      return;
    }
    BuilderChain chain = BuilderChain.of(call);
    scope.record(unit, node, Optional.of(orm.binding()), "orm." + method, KeyArg.NONE, CallOptions.NONE);
    KyselySql translation = new KyselySql();
    translation.of(chain, method, unit).ifPresent(sql -> {
      CallOptions options = CallOptions.fromOrm(new OrmQuery(LIBRARY, Optional.of(chain.lastMethod())));
      scope.recordSql(unit, node, orm.binding(), "prepare", Optional.of(sql), false,
          RequestLimits.mark(options, translation.uncappedLimit(), unit));
    });
  }

  private static Optional<ISwc4jAst> firstArgument(Swc4jAstNewExpr n) {
    return n.getArgs().filter(a -> !a.isEmpty() && a.get(0).getSpread().isEmpty()).map(a -> (ISwc4jAst) a.get(0).getExpr());
  }

  /** {@code { key: value }} or the shorthand {@code { key }} of an object literal argument. */
  static Optional<ISwc4jAst> property(Optional<ISwc4jAst> object, String key) {
    if (object.isEmpty() || !(Ast.unwrap(object.get()) instanceof Swc4jAstObjectLit o)) {
      return Optional.empty();
    }
    for (ISwc4jAst prop : o.getProps()) {
      if (prop instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).filter(key::equals).isPresent()) {
        return Optional.of(kv.getValue());
      }
      if (prop instanceof Swc4jAstIdent shorthand && shorthand.getSym().equals(key)) {
        return Optional.of(shorthand);
      }
    }
    return Optional.empty();
  }
}
