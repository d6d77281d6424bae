package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.config.BindingType;
import java.util.Map;
import java.util.Optional;

/**
 * NuxtHub's {@code hubBlob()}, {@code hubKV()} and {@code hubAI()} (auto-imported in server code) are the project's R2
 * bucket, KV namespace and Workers AI, bound as {@code BLOB}, {@code KV} and {@code AI} by NuxtHub whether or not a
 * wrangler config declares them (https://hub.nuxt.com/docs/features/ai).
 * {@code hubBlob().del(pathname)} is NuxtHub's name for an R2 delete. See https://hub.nuxt.com/docs/features/blob.
 */
final class NuxtHubStorage implements Convention {
  private static final Map<String, Value.Binding> FACTORIES = Map.of(
      "hubBlob", new Value.Binding("BLOB", BindingType.R2_BUCKET),
      "hubKV", new Value.Binding("KV", BindingType.KV_NAMESPACE),
      "hubAI", new Value.Binding("AI", BindingType.AI));

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    return Ast.call(node).flatMap(c -> Ast.identifier(c.callee()))
        .filter(name -> FACTORIES.containsKey(name) && unit.lookup(name).isEmpty())
        .map(FACTORIES::get);
  }

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m)
        || Ast.propName(m).filter("del"::equals).isEmpty()) {
      return;
    }
    if (scope.evaluator().eval(m.getObj(), unit) instanceof Value.Binding b && b.type() == BindingType.R2_BUCKET) {
      scope.record(unit, node, Optional.of(b), "delete", KeyArg.NONE, CallOptions.NONE);
    }
  }
}
