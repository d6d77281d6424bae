package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTaggedTpl;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.OrmQuery;
import dev.cfscale.facts.config.BindingType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Drizzle text search written where the filter is built: {@code like(t.title, `%${q}%`)} or
 * {@code sql`lower(${t.title}) LIKE ${term}`} with a pattern that starts with {@code %}. Filters are often
 * assembled in a helper or pushed into an array under {@code if (q)}, so the search is recorded where it is
 * written (a "filter" part, planned as {@code SELECT * FROM t WHERE <filter>}), on the Worker's one D1 binding.
 */
final class DrizzlePatterns {
  private static final Set<String> LIKES = Set.of("like", "ilike");

  private DrizzlePatterns() {}

  static void filter(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    boolean candidate = node instanceof Swc4jAstCallExpr call ? Ast.identifier(call.getCallee()).filter(LIKES::contains).isPresent()
        : node instanceof Swc4jAstTaggedTpl tagged && Ast.identifier(tagged.getTag()).filter("sql"::equals).isPresent();
    List<String> databases = candidate ? scope.evaluator().project().bindingsOfType(BindingType.D1_DATABASE) : List.of();
    if (databases.size() != 1) {
      return;
    }
    DrizzleTables tables = new DrizzleTables(scope.evaluator());
    DrizzleExpressions expressions = new DrizzleExpressions(tables);
    try {
      Optional<DrizzleTables.Table> table = searchedTable(node, unit, tables);
      if (table.isEmpty()) {
        return;
      }
      DrizzleExpressions.Scope queryScope = new DrizzleExpressions.Scope(table.get());
      Optional<String> condition = node instanceof Swc4jAstTaggedTpl tagged ? Optional.of(expressions.fragment(tagged, queryScope, unit))
          : expressions.condition(node, queryScope, unit);
      condition.filter(c -> c.contains("LIKE ('%' || ?)")).ifPresent(c -> scope.recordSql(unit, node,
          new Value.Binding(databases.get(0), BindingType.D1_DATABASE), "subquery",
          Optional.of("SELECT * FROM " + DrizzleExpressions.quote(table.get().name()) + " WHERE " + c), false,
          CallOptions.fromOrm(new OrmQuery("drizzle", Optional.empty(), "filter"))));
    } catch (DrizzleExpressions.Unsupported e) {
      // not a search over a declared table
    }
  }

  /** The table whose column a like() call or a sql`` fragment with LIKE searches. */
  private static Optional<DrizzleTables.Table> searchedTable(ISwc4jAst node, FunctionUnit unit, DrizzleTables tables) {
    if (node instanceof Swc4jAstCallExpr call) {
      if (call.getArgs().size() != 2 || Ast.identifier(call.getCallee()).filter(LIKES::contains).isEmpty()
          || !(Ast.unwrap(call.getArgs().get(0).getExpr()) instanceof Swc4jAstMemberExpr column)) {
        return Optional.empty();
      }
      return tables.table(column.getObj(), unit);
    }
    Swc4jAstTaggedTpl tagged = (Swc4jAstTaggedTpl) node;
    if (Ast.identifier(tagged.getTag()).filter("sql"::equals).isEmpty()
        || tagged.getTpl().getQuasis().stream().noneMatch(q -> q.getRaw().toUpperCase(java.util.Locale.ROOT).contains("LIKE"))) {
      return Optional.empty();
    }
    for (ISwc4jAst expr : tagged.getTpl().getExprs()) {
      if (Ast.unwrap(expr) instanceof Swc4jAstMemberExpr column) {
        Optional<DrizzleTables.Table> table = tables.table(column.getObj(), unit);
        if (table.isPresent()) {
          return table;
        }
      }
    }
    return Optional.empty();
  }
}
