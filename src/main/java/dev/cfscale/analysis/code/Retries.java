package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClassMethod;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstFunction;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.miscs.Swc4jAstCatchClause;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstReturnStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstThrowStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTryStmt;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Retry shapes in plain JavaScript: a try whose awaited work is repeated when it throws, either by an endless loop
 * around it ({@code while (true) { try { return await work(); } catch { ... } }}) or by the function calling itself
 * from its catch clause. The operation name says what is missing: {@code retry.uncapped} when nothing but success
 * leaves the loop, {@code retry.immediate} when attempts are capped but nothing waits between them and the try calls
 * a service directly ({@code retry.uncapped.immediate} when both). A retry with a cap and a delay is not recorded.
 */
final class Retries {
  private Retries() {}

  /** A retry found: its operation name and the node it is reported at (the loop, or the try of a recursive retry). */
  record Retry(String kind, ISwc4jAst at) {}

  /** The retry {@code attempt} (a try statement of {@code unit}) takes part in, if it is one. */
  static Optional<Retry> of(Swc4jAstTryStmt attempt, FunctionUnit unit, Evaluator evaluator) {
    Optional<Swc4jAstCatchClause> handler = attempt.getHandler();
    if (handler.isEmpty() || !contains(attempt.getBlock(), n -> n instanceof Swc4jAstAwaitExpr, false)) {
      return Optional.empty();
    }
    Optional<ISwc4jAst> loop = enclosingEndlessLoop(attempt, unit);
    boolean capped;
    ISwc4jAst waitScope;
    if (loop.isPresent() && Exits.hasExit(attempt.getBlock())) {
      // the try leaves the loop when it succeeds, so a throw runs the same work again
      capped = Exits.hasExitOutside(loop.get(), attempt.getBlock());
      waitScope = loop.get();
    } else if (loop.isEmpty() && callsItself(handler.get(), unit, evaluator)) {
      capped = contains(handler.get(), n -> n instanceof Swc4jAstReturnStmt || n instanceof Swc4jAstThrowStmt, false);
      waitScope = handler.get();
    } else {
      return Optional.empty();
    }
    boolean waits = contains(waitScope, n -> waitsForTimer(n, evaluator, unit), true);
    // a capped retry without a delay matters when it hits a service directly; one around a project function may be
    // the outer layer of a helper that already backs off (an inference helper with its own retries)
    if (capped && (waits || !contains(attempt.getBlock(), n -> isSubrequest(n, evaluator, unit), false))) {
      return Optional.empty();
    }
    String kind = capped ? "retry.immediate" : waits ? "retry.uncapped" : "retry.uncapped.immediate";
    return Optional.of(new Retry(kind, loop.orElse(attempt)));
  }

  private static Optional<ISwc4jAst> enclosingEndlessLoop(ISwc4jAst node, FunctionUnit unit) {
    for (ISwc4jAst p = node.getParent(); p != null && p != unit.node() && !isFunction(p); p = p.getParent()) {
      if (OperationCollector.isInfiniteLoop(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The catch clause calls the function it belongs to again (recursive retry). */
  private static boolean callsItself(Swc4jAstCatchClause handler, FunctionUnit unit, Evaluator evaluator) {
    return contains(handler, n -> n instanceof Swc4jAstCallExpr call
        && evaluator.eval(Ast.unwrap(call.getCallee()), unit) instanceof Value.Function f && f.unit() == unit, false);
  }

  /**
   * A wait before the next attempt: {@code setTimeout} (usually inside {@code new Promise(...)}), {@code scheduler.wait},
   * or a call of a project function that sets a timer ({@code await sleep(ms)}).
   */
  private static boolean waitsForTimer(ISwc4jAst node, Evaluator evaluator, FunctionUnit unit) {
    if (!(node instanceof Swc4jAstCallExpr call)) {
      return false;
    }
    ISwc4jAst callee = Ast.unwrap(call.getCallee());
    if (isTimer(callee)) {
      return true;
    }
    return evaluator.eval(callee, unit) instanceof Value.Function f && f.unit() != unit
        && contains(f.unit().node(), n -> n instanceof Swc4jAstCallExpr c && isTimer(Ast.unwrap(c.getCallee())), true);
  }

  /** A direct call of a service: {@code fetch(...)}, a binding's method, a Durable Object stub's method. */
  private static boolean isSubrequest(ISwc4jAst node, Evaluator evaluator, FunctionUnit unit) {
    if (!(node instanceof Swc4jAstCallExpr call)) {
      return false;
    }
    ISwc4jAst callee = Ast.unwrap(call.getCallee());
    if (Ast.identifier(callee).filter("fetch"::equals).isPresent()) {
      return unit.lookup("fetch").isEmpty();
    }
    if (!(callee instanceof Swc4jAstMemberExpr m)) {
      return false;
    }
    Value target = evaluator.eval(Ast.unwrap(m.getObj()), unit);
    return target instanceof Value.Binding || target instanceof Value.DurableObjectStub;
  }

  private static boolean isTimer(ISwc4jAst callee) {
    if (Ast.identifier(callee).filter("setTimeout"::equals).isPresent()) {
      return true;
    }
    return callee instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("wait"::equals).isPresent()
        && Ast.identifier(Ast.unwrap(m.getObj())).filter("scheduler"::equals).isPresent();
  }

  private static boolean contains(ISwc4jAst node, Predicate<ISwc4jAst> test, boolean intoFunctions) {
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child == null || (!intoFunctions && isFunction(child))) {
        continue;
      }
      if (test.test(child) || contains(child, test, intoFunctions)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFunction(ISwc4jAst node) {
    return node instanceof Swc4jAstFunction || node instanceof Swc4jAstArrowExpr || node instanceof Swc4jAstClassMethod;
  }
}
