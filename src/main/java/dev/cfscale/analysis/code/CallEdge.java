package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.findings.Location;

/** A call from one unit to a project function, with where the call sits (loop, waitUntil) and where it is written. */
record CallEdge(FunctionUnit caller, FunctionUnit callee, CallContext context, Location at) {

  /** The edge of {@code call}, written in {@code caller}'s code. */
  static CallEdge of(FunctionUnit caller, FunctionUnit callee, CallContext context, ISwc4jAst call) {
    return new CallEdge(caller, callee, context, Ast.location(caller.module().relativePath(), Ast.anchor(call)));
  }
}
