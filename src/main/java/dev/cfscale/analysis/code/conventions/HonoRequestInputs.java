package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Value;
import java.util.Optional;
import java.util.Set;

/**
 * Hono's reads of what the client sent: {@code c.req.query("url")}, {@code c.req.param("id")},
 * {@code c.req.valid("json")}, {@code c.req.parseBody()} (the body parsed with {@code c.req.json()} is the
 * runtime's {@code json()} and known to the engine).
 */
final class HonoRequestInputs implements Convention {
  private static final Set<String> READS = Set.of("query", "queries", "param", "valid", "parseBody");

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    return Ast.call(node).filter(c -> c.unwrappedCallee() instanceof Swc4jAstMemberExpr m
            && Ast.propName(m).filter(READS::contains).isPresent()
            && Ast.unwrap(m.getObj()) instanceof Swc4jAstMemberExpr req && Ast.propName(req).filter("req"::equals).isPresent())
        .map(c -> new Value.ClientInput());
  }
}
