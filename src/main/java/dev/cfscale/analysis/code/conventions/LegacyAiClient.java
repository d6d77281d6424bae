package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.config.BindingType;
import java.util.Optional;

/**
 * The first Workers AI client, {@code @cloudflare/ai} (2023, deprecated for the binding itself but still in many
 * projects): {@code const ai = new Ai(env.AI); await ai.run(model, inputs)} runs the model of the binding it wraps,
 * so the client is that binding and its {@code run} is the binding's
 * (https://developers.cloudflare.com/workers-ai/get-started/workers-wrangler/, the "@cloudflare/ai" migration note).
 */
final class LegacyAiClient implements Convention {
  private static final String PACKAGE = "@cloudflare/ai";

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    if (!(node instanceof Swc4jAstNewExpr created) || !(Ast.unwrap(created.getCallee()) instanceof Swc4jAstIdent id)
        || !(unit.lookup(id.getSym()).orElse(null) instanceof Declaration.Import imported) || !PACKAGE.equals(imported.specifier())
        || !"Ai".equals(imported.imported())) {
      return Optional.empty();
    }
    var args = created.getArgs().orElse(java.util.List.of());
    if (args.isEmpty() || args.get(0).getSpread().isPresent()) {
      return Optional.of(Value.UNKNOWN);
    }
    Value wrapped = evaluator.eval(args.get(0).getExpr(), unit, depth + 1);
    return Optional.of(wrapped instanceof Value.Binding binding && binding.type() == BindingType.AI ? wrapped : Value.UNKNOWN);
  }
}
