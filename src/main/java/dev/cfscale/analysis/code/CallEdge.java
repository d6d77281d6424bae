package dev.cfscale.analysis.code;

import dev.cfscale.findings.Location;

/** A call from one unit to a project function, with where the call sits (loop, waitUntil) and where it is written. */
record CallEdge(FunctionUnit caller, FunctionUnit callee, CallContext context, Location at) {}
