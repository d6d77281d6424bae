package dev.cfscale.facts.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;

/** Classifies a key or name argument: constant, template with interpolations, or dynamic. */
final class Keys {
  private Keys() {}

  static KeyArg of(ISwc4jAst arg, FunctionUnit unit, Evaluator evaluator) {
    ISwc4jAst node = Ast.unwrap(arg);
    String text = Ast.text(unit.module().source(), node);
    if (node instanceof Swc4jAstTpl tpl && !tpl.getExprs().isEmpty()) {
      return new KeyArg(KeyArg.Shape.TEMPLATE, text);
    }
    Value v = evaluator.eval(node, unit);
    if (v instanceof Value.Text t) {
      return new KeyArg(KeyArg.Shape.CONSTANT, "\"" + t.text() + "\"");
    }
    return new KeyArg(KeyArg.Shape.DYNAMIC, text);
  }
}
