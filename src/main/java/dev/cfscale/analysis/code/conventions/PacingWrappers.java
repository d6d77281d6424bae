package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Value;
import java.util.Optional;
import java.util.Set;

/**
 * A function wrapped to run at most so often: {@code throttle(fn, ms)} and {@code debounce(fn, ms)}, imported from any
 * package (lodash, lodash-es, underscore, es-toolkit, throttle-debounce, a UI kit's utils: the names are the
 * convention). Calling the wrapper still runs the function, later or coalesced
 * ({@code persist = throttle(async () => this.ctx.storage.put("doc", ...), 1000)}, then {@code await this.persist()}),
 * so its value is that function: what the function does is reached from where the wrapper is called.
 */
final class PacingWrappers implements Convention {
  private static final Set<String> WRAPPERS = Set.of("throttle", "debounce");

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty() || call.get().args().isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstIdent id)
        || !(unit.lookup(id.getSym()).orElse(null) instanceof Declaration.Import i) || !WRAPPERS.contains(i.imported())) {
      return Optional.empty();
    }
    Value wrapped = evaluator.eval(call.get().args().get(0), unit, depth + 1);
    return Optional.of(wrapped instanceof Value.Function ? wrapped : Value.UNKNOWN);
  }
}
