package dev.cfscale.analysis.code;

import dev.cfscale.facts.code.KeyArg;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;

/** Classifies a key or name argument: constant, template with interpolations, or dynamic. */
final class Keys {
  /** Interpolations that only vary with the clock: the key changes once per period, not per request. */
  private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile(
      "^(new Date\\(\\)|Date\\.now\\(\\)|today|date|day|hour|minute|month|year|period|bucket)\\b.*|toISOString|getUTC|getFullYear|getHours|getDate",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  private Keys() {}

  static KeyArg of(ISwc4jAst arg, FunctionUnit unit, Evaluator evaluator) {
    ISwc4jAst node = Ast.unwrap(arg);
    String text = unit.module().text(node);
    boolean fresh = FreshValues.madePerCall(node, unit);
    if (node instanceof Swc4jAstTpl tpl && !tpl.getExprs().isEmpty()) {
      boolean onlyTime = tpl.getExprs().stream().allMatch(e -> TIME.matcher(unit.module().text(e)).find());
      return new KeyArg(onlyTime ? KeyArg.Shape.LOW_CARDINALITY : KeyArg.Shape.TEMPLATE, text, fresh && !onlyTime);
    }
    Value v = evaluator.eval(node, unit);
    if (v instanceof Value.Text t && !SqlText.reassigned(node, unit)) {
      // let id = ""; id = randomName(): a name assigned again later is not the constant it starts as
      return new KeyArg(KeyArg.Shape.CONSTANT, "\"" + t.text() + "\"");
    }
    return new KeyArg(KeyArg.Shape.DYNAMIC, text, fresh);
  }
}
