package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Value;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Library wrappers that memoize a function and return one that behaves like it: React's {@code cache(fn)}
 * (https://react.dev/reference/react/cache, how server components share one database client per request:
 * {@code export const getDb = cache(() => drizzle(env.DB))}), lodash's {@code memoize}/{@code once} and
 * {@code memoize-one}. Calling the wrapper runs the wrapped function, so its value is that function.
 */
final class MemoizingWrappers implements Convention {
  /** Package -> the names it exports that wrap a function without changing what a call of it does. */
  private static final Map<String, Set<String>> WRAPPERS = Map.of(
      "react", Set.of("cache"),
      "lodash", Set.of("memoize", "once"),
      "lodash-es", Set.of("memoize", "once"),
      "lodash/memoize", Set.of("default"),
      "lodash/once", Set.of("default"),
      "lodash.memoize", Set.of("default"),
      "memoize-one", Set.of("default"));

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty() || call.get().args().isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstIdent id)
        || !(unit.lookup(id.getSym()).orElse(null) instanceof Declaration.Import i)
        || !WRAPPERS.getOrDefault(i.specifier(), Set.of()).contains(i.imported())) {
      return Optional.empty();
    }
    Value wrapped = evaluator.eval(call.get().args().get(0), unit, depth + 1);
    return Optional.of(wrapped instanceof Value.Function ? wrapped : Value.UNKNOWN);
  }
}
