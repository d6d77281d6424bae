package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.findings.Location;
import java.util.List;
import java.util.Set;

/**
 * A call from one unit to a project function, with where the call sits (loop, waitUntil) and where it is written;
 * {@code fallbackFor} is the caller's parameter the call stands in for ({@code user ?? await loadUser(id)}: its index, else
 * -1) and {@code given} the callee's parameters the call fills ({@link Fallbacks#given}).
 */
record CallEdge(FunctionUnit caller, FunctionUnit callee, CallContext context, Location at, int fallbackFor, Set<Integer> given) {

  /** The edge of {@code call}, written in {@code caller}'s code, whose arguments are not known to fill any parameter. */
  static CallEdge of(FunctionUnit caller, FunctionUnit callee, CallContext context, ISwc4jAst call) {
    return of(caller, callee, context, call, List.of());
  }

  /** The edge of {@code call}, written in {@code caller}'s code, passing {@code args} to the callee's parameters in order. */
  static CallEdge of(FunctionUnit caller, FunctionUnit callee, CallContext context, ISwc4jAst call, List<ISwc4jAst> args) {
    return new CallEdge(caller, callee, context, Ast.location(caller.module().relativePath(), Ast.anchor(call)),
        Fallbacks.parameterTried(call, caller), Fallbacks.given(args, caller));
  }
}
