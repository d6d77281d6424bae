package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.facts.code.PlatformCall;

/**
 * A platform call found in one unit, with the tree node and call-site context the {@link SiteAssembler}
 * needs to place it (reachability, loops through callers) before it becomes an {@code OperationSite}.
 */
record RawOperation(FunctionUnit unit, ISwc4jAst node, PlatformCall call, CallContext context) {}
