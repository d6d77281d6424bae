package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.ClassInfo;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import java.util.Optional;
import java.util.Set;

/**
 * The Agents SDK's Workflows ({@code class W extends AgentWorkflow<MyAgent, Params>} from {@code agents/workflows}):
 * {@code this.agent.method()} is an RPC to the Agent that started the run, and so are the helpers that report to it
 * ({@code this.reportProgress()}, {@code this.broadcastToClients()}, and the step's {@code reportComplete()},
 * {@code reportError()}, {@code updateAgentState()}...). Each is recorded as a Durable Object call
 * ({@code stub.<method>}) on the binding of the Agent class the type argument names.
 */
final class AgentWorkflows implements Convention {
  private static final String BASE = "AgentWorkflow";
  private static final Set<String> REPORTS = Set.of("reportProgress", "broadcastToClients");
  private static final Set<String> STEP_REPORTS = Set.of("reportComplete", "reportError", "updateAgentState", "mergeAgentState",
      "resetAgentState", "sendEvent");

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<ClassInfo> owner = unit.owner().filter(c -> c.superClass().equals(BASE) && fromAgents(unit));
    Optional<Ast.Call> call = Ast.call(node);
    if (owner.isEmpty() || call.isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m)) {
      return;
    }
    String method = Ast.propName(m).orElse("");
    ISwc4jAst obj = Ast.unwrap(m.getObj());
    boolean report = obj instanceof Swc4jAstThisExpr && REPORTS.contains(method);
    boolean rpc = obj instanceof Swc4jAstMemberExpr agent && Ast.unwrap(agent.getObj()) instanceof Swc4jAstThisExpr
        && Ast.propName(agent).filter("agent"::equals).isPresent();
    boolean stepReport = STEP_REPORTS.contains(method) && isStep(obj, unit);
    if (report || rpc || stepReport) {
      Optional<Value.Binding> agent = owner.get().superTypeArgument(0).flatMap(a -> scope.evaluator().project().durableObjectBinding(a));
      scope.record(unit, node, agent, "stub." + method, KeyArg.NONE, CallOptions.NONE);
    }
  }

  /** {@code AgentWorkflow} is the one imported from the Agents SDK. */
  private static boolean fromAgents(FunctionUnit unit) {
    return unit.module().topLevel().lookup(BASE).filter(d -> d instanceof Declaration.Import i && i.specifier().startsWith("agents"))
        .isPresent();
  }

  /** The step the runtime passes {@code run} (its second parameter). */
  private static boolean isStep(ISwc4jAst obj, FunctionUnit unit) {
    return Ast.identifier(obj).flatMap(unit::lookup).filter(d -> d instanceof Declaration.Parameter p && p.index() == 1
        && p.path().isEmpty()).isPresent();
  }
}
