package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.List;

/**
 * A timeout wrapper that does not bound one of its paths: the function makes an {@code AbortController} and hands
 * its {@code signal} to a call, but also awaits a function its caller passed ({@code await requestHandler()}) without
 * giving it the signal. On that path the timeout the caller asked for is silently ignored: whatever the callback
 * fetches can hang for as long as the origin likes.
 */
final class BypassedTimeouts {
  private BypassedTimeouts() {}

  /** True when {@code call} awaits a parameter of {@code unit} with no signal, in a function that arms an abort signal. */
  static boolean bypasses(ISwc4jAst call, ISwc4jAst callee, List<ISwc4jAst> args, FunctionUnit unit) {
    if (!(call.getParent() instanceof Swc4jAstAwaitExpr) || !(Ast.unwrap(callee) instanceof Swc4jAstIdent id)
        || unit.lookup(id.getSym()).filter(d -> d instanceof Declaration.Parameter p && p.unit() == unit && p.path().isEmpty()).isEmpty()) {
      return false;
    }
    boolean armed = unit.ownNodes().stream().anyMatch(n -> n instanceof Swc4jAstNewExpr ctor
        && Ast.identifier(ctor.getCallee()).filter("AbortController"::equals).isPresent());
    return armed && Ast.contains(unit.node(), BypassedTimeouts::readsSignal)
        && args.stream().noneMatch(a -> Ast.contains(a, n -> readsSignal(n) || holdsSignal(n, unit)));
  }

  /** A name initialised with a signal ({@code const signal = controller.signal}). */
  private static boolean holdsSignal(ISwc4jAst node, FunctionUnit unit) {
    return node instanceof Swc4jAstIdent i && unit.lookup(i.getSym()).filter(d -> d instanceof Declaration.Variable v && v.init() != null
        && Ast.contains(v.init(), BypassedTimeouts::readsSignal)).isPresent();
  }

  /** {@code controller.signal}: the signal is handed on somewhere. */
  private static boolean readsSignal(ISwc4jAst node) {
    return node instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("signal"::equals).isPresent();
  }
}
