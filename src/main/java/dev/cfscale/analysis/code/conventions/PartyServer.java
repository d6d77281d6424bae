package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.ClassInfo;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PartyServer ({@code partyserver}): {@code routePartykitRequest(request, env)} routes
 * {@code /parties/<party>/<room>} to any Server class the config binds; {@code getServerByName(env.X, room)}
 * is a stub of one room; the browser's {@code usePartySocket({ party, room })} (y-partyserver's
 * {@code useYProvider}, partysocket's {@code new PartySocket({ party, room })}) joins the room it names, so a constant room puts every visitor in one object. The router
 * also runs, for any client, the hooks subclasses of y-partyserver and partysync fill in: a {@code YServer}'s
 * {@code onSave} after clients' edits, a {@code SyncServer}'s {@code onAction} per client action; unless the router is
 * given an {@code onBeforeConnect}/{@code onBeforeRequest} or the class defines one, that is open to anyone.
 */
final class PartyServer extends NamedInstanceSdk {
  /** PartyServer's base and the bases of y-partyserver and partysync, which extend it. */
  private static final Set<String> SERVER_BASES = Set.of("Server", "YServer", "SyncServer");
  private static final java.util.Map<String, Set<String>> HOOKS_BY_BASE = java.util.Map.of(
      "YServer", Set.of("onSave"), "SyncServer", Set.of("onAction"));

  PartyServer() {
    super(Set.of("getServerByName"), Set.of("routePartykitRequest"), List.of(
        new NamedInstances.Hook("usePartySocket", "party", "room", Optional.empty(), "PartyServer"),
        new NamedInstances.Hook("useYProvider", "party", "room", Optional.empty(), "y-partyserver"),
        new NamedInstances.Hook("PartySocket", "party", "room", Optional.empty(), "partysocket")));
  }

  /** PartyServer's {@code Server} (and its subclasses) runs {@code onAlarm} from the object's {@code alarm()}. */
  @Override
  public Optional<EntryKind> hookKind(SourceModule module, ClassInfo owner, String method) {
    return method.equals("onAlarm") && SERVER_BASES.contains(owner.superClass())
        && module.topLevel().lookup(owner.superClass()).filter(d -> d instanceof Declaration.Import).isPresent()
        ? Optional.of(EntryKind.ALARM) : Optional.empty();
  }

  @Override
  public Set<String> routedHooks(Ast.Call call, ClassInfo target) {
    if (!routesTraffic(call) || !(call.node() instanceof Swc4jAstCallExpr expr) || ClientCallableClasses.routesWithRejectingHook(expr)
        || target.methods().keySet().stream().anyMatch(ClientCallableClasses.REJECTING_HOOKS::contains)) {
      return Set.of();
    }
    return HOOKS_BY_BASE.getOrDefault(target.superClass(), Set.of());
  }
}
