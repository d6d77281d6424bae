package dev.cfscale.analysis.code.conventions;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Agents SDK ({@code agents}): {@code routeAgentRequest(request, env)} routes {@code /agents/<agent>/<name>}
 * to any Agent class the config binds; {@code getAgentByName(env.X, name)} is a stub of one instance; and
 * the browser's {@code useAgent({ agent })} (or {@code useVoiceAgent}, or {@code new AgentClient({ agent })} without React) connects to the instance
 * {@code name}, "default" when the option is left out, so a nameless hook puts every visitor on one object.
 */
final class AgentsSdk extends NamedInstanceSdk {
  AgentsSdk() {
    super(Set.of("getAgentByName"), Set.of("routeAgentRequest", "agentsMiddleware"), List.of(
        new NamedInstances.Hook("useAgent", "agent", "name", Optional.of("default"), "the Agents SDK"),
        new NamedInstances.Hook("useVoiceAgent", "agent", "name", Optional.of("default"), "the Agents SDK"),
        new NamedInstances.Hook("AgentClient", "agent", "name", Optional.of("default"), "the Agents SDK")));
  }
}
