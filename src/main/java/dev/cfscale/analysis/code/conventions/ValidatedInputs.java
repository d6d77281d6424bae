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
 * Client input run through a schema or a parser stays the client's: {@code schema.parse(body)},
 * {@code schema.safeParse(body).data} (Zod), {@code schema.validate(body)} (Yup, Joi) and {@code JSON.parse(text)}
 * give back what the client sent, checked for shape but still chosen by the caller (a URL, a count).
 */
final class ValidatedInputs implements Convention {
  private static final Set<String> PARSES = Set.of("parse", "safeParse", "parseAsync", "safeParseAsync", "validate", "validateSync");

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    return Ast.call(node).filter(c -> c.unwrappedCallee() instanceof Swc4jAstMemberExpr m
            && Ast.propName(m).filter(PARSES::contains).isPresent() && !c.args().isEmpty()
            && evaluator.eval(c.args().get(0), unit, depth + 1) instanceof Value.ClientInput)
        .map(c -> new Value.ClientInput());
  }
}
