package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.facts.config.BindingType;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A function that answers from a KV cache under one constant key: it reads the key, returns the value on a hit
 * ({@link CacheAside}) and, on a miss, computes it and puts it back under the same key. Whatever it runs after the
 * hit check (a model, a paid API) runs once per expiry of that one key, for every caller together, however many
 * clients call it. A key built from the request ({@code summary:${page}}) does not bound anything: a caller asking for
 * new keys misses every time; nor does a lookup that nothing fills.
 */
final class ConstantKeyCaches {
  private ConstantKeyCaches() {}

  /** True when {@code unit}'s own code looks up a constant KV key, returns early on a hit and fills that key itself. */
  static boolean answersFromOneKey(FunctionUnit unit, Evaluator evaluator) {
    Set<String> looked = new HashSet<>();
    java.util.List<Ast.Call> filled = new java.util.ArrayList<>();
    for (ISwc4jAst node : unit.ownNodes()) {
      Optional<Ast.Call> call = Ast.call(node);
      if (call.isEmpty()) {
        continue;
      }
      if (named(call.get(), "get") && CacheAside.isLookup(node, unit)) {
        constantKvKey(call.get(), unit, evaluator).ifPresent(looked::add);
      } else if (named(call.get(), "put")) {
        filled.add(call.get());
      }
    }
    if (looked.isEmpty()) {
      return false;
    }
    for (Ast.Call put : filled) {
      if (constantKvKey(put, unit, evaluator).filter(looked::contains).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** {@code x.<method>(...)}, by syntax alone: the cheap test before anything is evaluated. */
  private static boolean named(Ast.Call call, String method) {
    return call.unwrappedCallee() instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter(method::equals).isPresent();
  }

  /** The binding and constant key of {@code KV.get(key, ...)} or {@code KV.put(key, ...)} ({@link #named}), as one string. */
  private static Optional<String> constantKvKey(Ast.Call call, FunctionUnit unit, Evaluator evaluator) {
    if (!(call.unwrappedCallee() instanceof Swc4jAstMemberExpr m) || call.args().isEmpty()) {
      return Optional.empty();
    }
    if (!(evaluator.eval(m.getObj(), unit) instanceof Value.Binding b) || b.type() != BindingType.KV_NAMESPACE) {
      return Optional.empty();
    }
    return evaluator.eval(call.args().get(0), unit) instanceof Value.Text key ? Optional.of(b.name() + "\u0000" + key.text())
        : Optional.empty();
  }
}
