package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTaggedTpl;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.config.BindingType;
import java.util.List;
import java.util.Optional;

/**
 * The Agents SDK's {@code this.sql`SELECT ... WHERE id = ${id}`} in an Agent class: a query on the
 * object's own SQLite, each interpolation a bound parameter.
 */
final class AgentsSql implements Convention {

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    if (!(node instanceof Swc4jAstTaggedTpl tagged) || !(Ast.unwrap(tagged.getTag()) instanceof Swc4jAstMemberExpr m)
        || !(Ast.unwrap(m.getObj()) instanceof Swc4jAstThisExpr) || Ast.propName(m).filter("sql"::equals).isEmpty()
        || unit.owner().isEmpty()) {
      return;
    }
    String sql = String.join("?", tagged.getTpl().getQuasis().stream().map(q -> q.getCooked().orElse(q.getRaw())).toList());
    List<ISwc4jAst> parameters = tagged.getTpl().getExprs().stream().map(e -> (ISwc4jAst) e).toList();
    CallOptions options = StoredValues.sqlParameters(parameters, unit, scope.evaluator()).map(CallOptions.NONE::withGrowth).orElse(CallOptions.NONE);
    scope.recordSql(unit, tagged, new Value.Binding(unit.owner().get().name(), BindingType.DURABLE_OBJECT), "sql.exec", Optional.of(sql),
        false, options);
  }
}
