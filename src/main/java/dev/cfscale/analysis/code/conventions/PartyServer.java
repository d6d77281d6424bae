package dev.cfscale.analysis.code.conventions;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PartyServer ({@code partyserver}): {@code routePartykitRequest(request, env)} routes
 * {@code /parties/<party>/<room>} to any Server class the config binds; {@code getServerByName(env.X, room)}
 * is a stub of one room; the browser's {@code usePartySocket({ party, room })} (and y-partyserver's
 * {@code useYProvider}) joins the room it names, so a constant room puts every visitor in one object.
 */
final class PartyServer extends NamedInstanceSdk {
  PartyServer() {
    super(Set.of("getServerByName"), Set.of("routePartykitRequest"), List.of(
        new NamedInstances.Hook("usePartySocket", "party", "room", Optional.empty(), "PartyServer"),
        new NamedInstances.Hook("useYProvider", "party", "room", Optional.empty(), "y-partyserver")));
  }
}
