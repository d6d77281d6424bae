package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.ClassInfo;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.SqlText;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.config.BindingType;
import java.util.Optional;

/**
 * A SQLite-backed Durable Object's own database: {@code ctx.storage.sql} (also {@code this.ctx.storage.sql})
 * is the SQL API of the enclosing class, and {@code sql.exec(query, ...params)} sends {@code query} to it (with, when a
 * parameter is a binary payload or an encoded whole document, that payload as its growth).
 */
final class DurableObjectSql implements Convention {

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    if (node instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("sql"::equals).isPresent()
        && Ast.unwrap(m.getObj()) instanceof Swc4jAstMemberExpr storage && Ast.propName(storage).filter("storage"::equals).isPresent()) {
      return Optional.of(new Value.DurableObjectSql(unit.owner().map(ClassInfo::name).orElse("DurableObject")));
    }
    return Optional.empty();
  }

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Ast.call(node).filter(c -> !c.args().isEmpty() && c.unwrappedCallee() instanceof Swc4jAstMemberExpr m
        && Ast.propName(m).filter("exec"::equals).isPresent()).ifPresent(c -> {
          Swc4jAstMemberExpr m = (Swc4jAstMemberExpr) c.unwrappedCallee();
          if (scope.evaluator().eval(m.getObj(), unit) instanceof Value.DurableObjectSql sql) {
            Value.Binding binding = new Value.Binding(sql.className(), BindingType.DURABLE_OBJECT);
            SqlText text = SqlText.of(c.args().get(0), unit, scope.evaluator());
            var passed = text.text().isEmpty() || text.templated() ? scope.texts(c.args().get(0), unit) : java.util.Map.<String, dev.cfscale.findings.Location>of();
            if (!passed.isEmpty()) {
              // a wrapper (sql2(query, ...values)) or a list of statements: one operation per text it is given
              passed.forEach((t, site) -> scope.recordSql(unit, node, binding, "sql.exec", Optional.of(t), false, CallOptions.sqlPassedAt(site)));
              return;
            }
            CallOptions options = StoredValues.sqlParameters(c.args().subList(1, c.args().size()), unit, scope.evaluator())
                .map(CallOptions.NONE::withGrowth).orElse(CallOptions.NONE);
            scope.recordSql(unit, node, binding, "sql.exec", text.text(), text.templated(), options);
          }
        });
  }
}
