package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClassMethod;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstDecorator;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.ClassInfo;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryPoint;
import java.util.Optional;
import java.util.Set;

/**
 * Classes whose methods browsers drive over a WebSocket or HTTP (the Agents SDK's {@code Agent},
 * {@code AIChatAgent}, {@code VoiceAgent}, {@code McpAgent}; PartyServer's {@code Server} and {@code YServer}):
 * a method marked {@code @callable()} and the hooks the SDK runs per client message ({@code onChatMessage},
 * {@code onMessage}, {@code onRequest}, a voice agent's {@code onTurn}, an MCP agent's tools registered in
 * {@code init}) are open to any client that can connect, unless the class rejects connections first
 * ({@code onBeforeConnect}, an {@code onConnect} that closes or checks a credential) or the router is given
 * such a hook ({@code routeAgentRequest(request, env, { onBeforeConnect })}).
 */
final class ClientCallableClasses implements Convention {
  /** PartyServer's bases; the Agents SDK's are {@link AgentState#agent}'s. */
  private static final Set<String> PARTY_BASES = Set.of("Server", "YServer", "SyncServer");
  private static final Set<String> HOOKS = Set.of("onChatMessage", "onMessage", "onRequest", "onTurn", "fetch", "webSocketMessage", "init");
  static final Set<String> REJECTING_HOOKS = Set.of("onBeforeConnect", "onBeforeRequest");
  private static final Set<String> ROUTERS = Set.of("routeAgentRequest", "routePartykitRequest", "agentsMiddleware", "partyserverMiddleware");

  @Override
  public boolean clientCallable(EntryPoint point, FunctionUnit unit, Evaluator evaluator) {
    Optional<ClassInfo> owner = unit.owner();
    if (owner.isEmpty() || !clientClass(owner.get())) {
      return false;
    }
    String method = point.name().substring(point.name().lastIndexOf('.') + 1);
    return HOOKS.contains(method) || callable(unit.node());
  }

  @Override
  public boolean guardsEntry(EntryPoint point, FunctionUnit unit, Evaluator evaluator) {
    Optional<ClassInfo> owner = unit.owner();
    if (owner.isEmpty() || !clientClass(owner.get())) {
      return false;
    }
    if (owner.get().methods().keySet().stream().anyMatch(REJECTING_HOOKS::contains)) {
      return true;
    }
    FunctionUnit onConnect = owner.get().methods().get("onConnect");
    if (onConnect != null && (closes(onConnect) || evaluator.project().conventions().stream().anyMatch(c -> c.guards(onConnect, evaluator)))) {
      return true;
    }
    boolean oauth = false;
    for (SourceModule module : evaluator.project().modules()) {
      if (module.derived(REJECTS_CLIENTS, m -> m.calls().stream().anyMatch(ClientCallableClasses::routesWithRejectingHook))) {
        return true;
      }
      oauth |= module.derived(SERVES_BEHIND_OAUTH, ClientCallableClasses::servesBehindOAuth);
    }
    // an OAuth provider whose login grants a token to whoever asks keeps nobody out
    return oauth && !OAuthGrants.grantAnyone(evaluator);
  }

  /** Whether a module routes agents with a rejecting hook, or serves behind OAuth: read once per run, not per entry. */
  private static final Object REJECTS_CLIENTS = new Object();
  private static final Object SERVES_BEHIND_OAUTH = new Object();

  /** {@code new OAuthProvider({ apiHandler, ... })} (workers-oauth-provider): the API routes need a token it issued. */
  private static boolean servesBehindOAuth(SourceModule module) {
    return module.units().stream().flatMap(u -> u.ownNodes().stream()).anyMatch(n -> n instanceof Swc4jAstNewExpr created
        && Ast.identifier(created.getCallee()).filter("OAuthProvider"::equals).isPresent());
  }

  private static boolean clientClass(ClassInfo c) {
    return AgentState.agent(c) || PARTY_BASES.contains(c.superClass());
  }

  /** {@code @callable()} (or {@code @callable}) on the method. */
  private static boolean callable(ISwc4jAst node) {
    if (!(node instanceof Swc4jAstClassMethod method)) {
      return false;
    }
    for (Swc4jAstDecorator d : method.getFunction().getDecorators()) {
      ISwc4jAst expr = Ast.unwrap(d.getExpr());
      ISwc4jAst named = expr instanceof Swc4jAstCallExpr call ? Ast.unwrap(call.getCallee()) : expr;
      if (Ast.identifier(named).filter("callable"::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** An {@code onConnect} that can refuse: it calls {@code connection.close(...)}. */
  private static boolean closes(FunctionUnit onConnect) {
    return onConnect.ownNodes().stream().map(Ast::call).flatMap(Optional::stream).anyMatch(c -> c.unwrappedCallee()
        instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr m && Ast.propName(m).filter("close"::equals).isPresent());
  }

  /** {@code routeAgentRequest(request, env, { onBeforeConnect: ... })}. */
  static boolean routesWithRejectingHook(Swc4jAstCallExpr call) {
    if (!(Ast.unwrap(call.getCallee()) instanceof Swc4jAstIdent id) || !ROUTERS.contains(id.getSym())) {
      return false;
    }
    return call.getArgs().stream().map(a -> Ast.unwrap(a.getExpr())).filter(Swc4jAstObjectLit.class::isInstance)
        .map(Swc4jAstObjectLit.class::cast).flatMap(o -> o.getProps().stream())
        .anyMatch(p -> p instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).filter(REJECTING_HOOKS::contains).isPresent()
            || p instanceof Swc4jAstIdent shorthand && REJECTING_HOOKS.contains(shorthand.getSym()));
  }
}
