package dev.cfscale.analysis.code;

/** A call from one unit to a project function, with where the call sits (loop, waitUntil). */
record CallEdge(FunctionUnit caller, FunctionUnit callee, CallContext context) {}
