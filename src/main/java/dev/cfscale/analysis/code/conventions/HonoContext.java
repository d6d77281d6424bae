package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Value;
import java.util.Optional;

/**
 * Hono's request context carries values a middleware stored with {@code c.set("db", value)}:
 * {@code c.var.db} and {@code c.get("db")} are that value ({@code c.env} is the env, as for any
 * {@code .env}). The {@code c.set} calls are indexed with each module.
 */
final class HonoContext implements Convention {

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    if (node instanceof Swc4jAstMemberExpr m && Ast.unwrap(m.getObj()) instanceof Swc4jAstMemberExpr holder
        && Ast.propName(holder).filter("var"::equals).isPresent()) {
      // c.var.db: the stored value, or nothing known
      return Ast.propName(m).map(name -> stored(name, depth, evaluator).orElse(Value.UNKNOWN));
    }
    return Ast.call(node).filter(c -> c.unwrappedCallee() instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("get"::equals).isPresent()
            && c.args().size() == 1 && Ast.unwrap(c.args().get(0)) instanceof Swc4jAstStr)
        .flatMap(c -> stored(((Swc4jAstStr) Ast.unwrap(c.args().get(0))).getValue(), depth, evaluator));
  }

  private static Optional<Value> stored(String name, int depth, Evaluator evaluator) {
    return evaluator.project().contextValue(name).map(v -> evaluator.declaration(v, depth + 1));
  }
}
