package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a part of a Drizzle query is written when the query names it indirectly: a {@code const}'s initialiser, the
 * argument a caller passes a parameter ({@code ranked(where, ...)} building the query from the {@code where} its caller
 * combined), or what a project helper returns ({@code this.combine(this.publicFilters(q))}). Service classes assemble
 * filters and selected fields this way, so the SQL sent is only known by following them.
 */
final class DrizzleValues {
  /** How many helper calls deep a query part is followed. */
  private static final int MAX_CALLS = 6;

  private final Evaluator evaluator;
  /** The helper calls being followed, innermost first: their arguments are what the helpers' parameters hold. */
  private final Deque<Call> calls = new ArrayDeque<>();

  DrizzleValues(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** An expression and the function it is written in. */
  record Written(ISwc4jAst node, FunctionUnit unit) {}

  private record Call(FunctionUnit callee, List<ISwc4jAst> args, FunctionUnit caller) {}

  /** What identifier {@code id} holds: a {@code const}'s initialiser, or the argument its caller passes a parameter. */
  Optional<Written> of(Swc4jAstIdent id, FunctionUnit unit) {
    Optional<Declaration> decl = unit.lookup(id.getSym(), id);
    Optional<Declaration.Variable> v = decl.flatMap(Declaration::wholeVariable);
    if (v.isPresent()) {
      return Optional.of(new Written(v.get().init(), v.get().scope()));
    }
    if (decl.isPresent() && decl.get() instanceof Declaration.Parameter p && p.path().isEmpty()) {
      return argument(p);
    }
    return Optional.empty();
  }

  /**
   * {@code convert} applied to what {@code node}, a call of a project function, returns on its last {@code return} (the
   * path that falls through the early exits, {@code if (none) return undefined}), with the call's arguments standing for
   * its parameters while {@code convert} runs; empty when {@code node} is no such call.
   */
  <T> Optional<T> returned(ISwc4jAst node, FunctionUnit unit, Function<Written, T> convert) {
    if (!(Ast.unwrap(node) instanceof Swc4jAstCallExpr call) || calls.size() >= MAX_CALLS
        || call.getArgs().stream().anyMatch(a -> a.getSpread().isPresent())
        || !(evaluator.eval(call.getCallee(), unit) instanceof Value.Function f) || f.unit().returned().isEmpty()) {
      return Optional.empty();
    }
    List<ISwc4jAst> returns = f.unit().returned();
    calls.push(new Call(f.unit(), call.getArgs().stream().map(a -> (ISwc4jAst) a.getExpr()).toList(), unit));
    try {
      return Optional.of(convert.apply(new Written(returns.get(returns.size() - 1), f.unit())));
    } finally {
      calls.pop();
    }
  }

  /**
   * The argument parameter {@code p} receives: from the helper call being followed, else from the first call of its
   * function in the same module ({@code this.ranked(where, ...)} in the method that built {@code where}).
   */
  private Optional<Written> argument(Declaration.Parameter p) {
    for (Call call : calls) {
      if (call.callee() == p.unit()) {
        return call.args().size() > p.index() ? Optional.of(new Written(call.args().get(p.index()), call.caller())) : Optional.empty();
      }
    }
    for (Swc4jAstCallExpr call : p.unit().module().calls()) {
      if (call.getArgs().size() <= p.index() || call.getArgs().get(p.index()).getSpread().isPresent()) {
        continue;
      }
      FunctionUnit caller = p.unit().module().unitHolding(call);
      if (evaluator.eval(call.getCallee(), caller) instanceof Value.Function f && f.unit() == p.unit()) {
        return Optional.of(new Written(call.getArgs().get(p.index()).getExpr(), caller));
      }
    }
    return Optional.empty();
  }
}
