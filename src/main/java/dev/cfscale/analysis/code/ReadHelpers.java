package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
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
   * Where the helper reads the key {@code put} writes: a KV get of the same namespace in a project function that
   * {@code unit} calls before the put, whose key is what the put's key is once the helper's parameters are replaced by
   * the arguments of that call ({@code KV.get(key)} for {@code loadHistory(historyKey)}, {@code KV.get(`user:${id}`)}
   * for {@code loadUser(env, userId)} before {@code KV.put(`user:${userId}`, ...)}).
   */
  static Optional<Location> readBefore(ISwc4jAst put, ISwc4jAst key, Value.Binding namespace, FunctionUnit unit,
      Evaluator evaluator) {
    for (ISwc4jAst node : unit.ownNodes()) {
      if (node == put || !(node instanceof Swc4jAstCallExpr call) || call.getSpan().getStart() >= put.getSpan().getStart()
          || CacheAside.isLookup(call, unit)
          || !(evaluator.eval(Ast.unwrap(call.getCallee()), unit) instanceof Value.Function helper) || helper.unit() == unit) {
        continue;
      }
      List<ISwc4jAst> args = call.getArgs().stream().map(a -> (ISwc4jAst) a.getExpr()).toList();
      Optional<Location> read = readOfKey(helper.unit(), new Passed(Ast.unwrap(key), unit, args), namespace, evaluator);
      if (read.isPresent()) {
        return read;
      }
    }
    return Optional.empty();
  }

  /** The key the writer writes, in the writer's unit, and the arguments it passes the helper. */
  private record Passed(ISwc4jAst key, FunctionUnit writer, List<ISwc4jAst> args) {
    String text(ISwc4jAst node) {
      return writer.module().text(Ast.unwrap(node));
    }
  }

  /** A KV get in {@code helper}'s own code on {@code namespace} whose key is the writer's key. */
  private static Optional<Location> readOfKey(FunctionUnit helper, Passed passed, Value.Binding namespace, Evaluator evaluator) {
    for (ISwc4jAst node : helper.ownNodes()) {
      if (node instanceof Swc4jAstCallExpr call && Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m
          && Ast.propName(m).filter(READS::contains).isPresent() && !call.getArgs().isEmpty()
          && sameKey(Ast.unwrap(call.getArgs().get(0).getExpr()), helper, passed)
          && evaluator.eval(m.getObj(), helper) instanceof Value.Binding b && b.type() == BindingType.KV_NAMESPACE
          && b.name().equals(namespace.name())) {
        return Optional.of(Ast.location(helper.module().relativePath(), Ast.anchor(call)));
      }
    }
    return Optional.empty();
  }

  /**
   * The helper's key {@code read} names the writer's key: a parameter given that key, or a template written like the
   * writer's whose interpolations are parameters given the writer's interpolations (or the same text).
   */
  private static boolean sameKey(ISwc4jAst read, FunctionUnit helper, Passed passed) {
    Optional<Integer> param = parameterIndex(read, helper);
    if (param.isPresent()) {
      return param.get() < passed.args().size() && passed.text(passed.args().get(param.get())).equals(passed.text(passed.key()));
    }
    if (!(read instanceof Swc4jAstTpl mine) || !(passed.key() instanceof Swc4jAstTpl theirs) || mine.getExprs().isEmpty()
        || mine.getExprs().size() != theirs.getExprs().size() || mine.getQuasis().size() != theirs.getQuasis().size()) {
      return false;
    }
    for (int i = 0; i < mine.getQuasis().size(); i++) {
      if (!mine.getQuasis().get(i).getRaw().equals(theirs.getQuasis().get(i).getRaw())) {
        return false;
      }
    }
    boolean anyParameter = false;
    for (int i = 0; i < mine.getExprs().size(); i++) {
      ISwc4jAst part = Ast.unwrap(mine.getExprs().get(i));
      String writers = passed.text(theirs.getExprs().get(i));
      Optional<Integer> index = parameterIndex(part, helper);
      anyParameter |= index.isPresent();
      boolean same = index.isPresent() ? index.get() < passed.args().size() && passed.text(passed.args().get(index.get())).equals(writers)
          : helper.module().text(part).equals(writers);
      if (!same) {
        return false;
      }
    }
    return anyParameter;
  }

  /** The index of the helper's own plain parameter {@code node} names. */
  private static Optional<Integer> parameterIndex(ISwc4jAst node, FunctionUnit helper) {
    return Ast.identifier(node).flatMap(helper::lookup)
        .filter(d -> d instanceof Declaration.Parameter p && p.unit() == helper && p.path().isEmpty())
        .map(d -> ((Declaration.Parameter) d).index());
  }
}
