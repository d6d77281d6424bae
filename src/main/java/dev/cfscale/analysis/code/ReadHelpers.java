package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Location;
import java.util.List;
import java.util.Optional;

/**
 * A KV write whose key was read first through a loading helper: {@code let history = await loadHistory(key); ...;
 * await KV.put(key, JSON.stringify([...history, turn]))}, where {@code loadHistory(key)} does {@code KV.get(key)}.
 * The read and the write are in different functions, but the writer hands the helper the very key it writes, so the
 * pair is the same read-modify-write as when both calls sit in one function. A helper call whose result is tested and
 * returned early is a cache lookup ({@link CacheAside}), not a read to modify.
 */
final class ReadHelpers {
  private static final List<String> READS = List.of("get", "getWithMetadata");

  private ReadHelpers() {}

  /**
   * Where the helper reads the key {@code put} writes: a KV get of the same namespace on a parameter of a project
   * function that {@code unit} calls before the put, passing the put's key expression as that parameter.
   */
  static Optional<Location> readBefore(ISwc4jAst put, ISwc4jAst key, Value.Binding namespace, FunctionUnit unit,
      Evaluator evaluator) {
    String keyText = unit.module().text(Ast.unwrap(key));
    for (ISwc4jAst node : unit.ownNodes()) {
      if (node == put || !(node instanceof Swc4jAstCallExpr call) || call.getSpan().getStart() >= put.getSpan().getStart()
          || CacheAside.isLookup(call, unit)
          || !(evaluator.eval(Ast.unwrap(call.getCallee()), unit) instanceof Value.Function helper) || helper.unit() == unit) {
        continue;
      }
      List<ISwc4jAst> args = call.getArgs().stream().map(a -> (ISwc4jAst) a.getExpr()).toList();
      for (int i = 0; i < args.size(); i++) {
        if (unit.module().text(Ast.unwrap(args.get(i))).equals(keyText)) {
          Optional<Location> read = readOfParameter(helper.unit(), i, namespace, evaluator);
          if (read.isPresent()) {
            return read;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A KV get in {@code helper}'s own code on {@code namespace} whose key is the plain parameter at {@code index}. */
  private static Optional<Location> readOfParameter(FunctionUnit helper, int index, Value.Binding namespace, Evaluator evaluator) {
    for (ISwc4jAst node : helper.ownNodes()) {
      if (node instanceof Swc4jAstCallExpr call && Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m
          && Ast.propName(m).filter(READS::contains).isPresent() && !call.getArgs().isEmpty()
          && isParameter(call.getArgs().get(0).getExpr(), helper, index)
          && evaluator.eval(m.getObj(), helper) instanceof Value.Binding b && b.type() == BindingType.KV_NAMESPACE
          && b.name().equals(namespace.name())) {
        return Optional.of(Ast.location(helper.module().relativePath(), Ast.anchor(call)));
      }
    }
    return Optional.empty();
  }

  private static boolean isParameter(ISwc4jAst arg, FunctionUnit helper, int index) {
    return Ast.identifier(Ast.unwrap(arg)).flatMap(helper::lookup)
        .filter(d -> d instanceof Declaration.Parameter p && p.unit() == helper && p.index() == index && p.path().isEmpty())
        .isPresent();
  }
}
