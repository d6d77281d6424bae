package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.ClassInfo;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.config.BindingType;
import java.util.Optional;

/**
 * The Agents SDK's MCP client: {@code this.addMcpServer(name, url)} in an Agent connects the object to the server at
 * {@code url} and saves the server in the object's SQLite (a row in {@code cf_agents_mcp_servers}) so it reconnects
 * after a restart. The SDK's own code is a library's, so the write is recorded at the call, as {@code mcp.addServer}
 * on the class, keyed by the server's name: a name the caller chooses is a new saved server per call.
 */
final class AgentMcpServers implements Convention {
  static final String OPERATION = "mcp.addServer";

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<Ast.Call> call = Ast.call(node).filter(c -> c.args().size() >= 2 && c.unwrappedCallee() instanceof Swc4jAstMemberExpr m
        && Ast.unwrap(m.getObj()) instanceof Swc4jAstThisExpr && Ast.propName(m).filter("addMcpServer"::equals).isPresent());
    Optional<ClassInfo> owner = unit.owner();
    if (call.isEmpty() || owner.isEmpty() || !AgentState.agent(owner.get())) {
      return;
    }
    scope.record(unit, node, Optional.of(new Value.Binding(owner.get().name(), BindingType.DURABLE_OBJECT)), OPERATION,
        scope.evaluator().keyOf(call.get().args().get(0), unit), CallOptions.NONE);
  }
}
