package dev.cfscale.facts.code;

import dev.cfscale.findings.Location;
import java.util.Optional;

/**
 * A place outside the Worker's own call graph that sends traffic to one Durable Object instance chosen by
 * a name fixed in the code: browser code that connects every visitor to it ({@code useAgent({ agent: "chat" })}
 * without a {@code name}, {@code usePartySocket({ room: "default" })}), or a router that sends every request
 * of the Worker to it ({@code export default handler(MyActor)} with the default {@code nameFromRequest}).
 * Calls made by the Worker's code ({@code idFromName("main")}) are {@link OperationSite}s instead.
 *
 * @param location where the name is chosen (the call, or the {@code return} of a constant)
 * @param code the code as written there
 * @param how what chooses the name, in words ("useAgent without a name: the SDK connects to \"default\"")
 * @param className the Durable Object class the traffic lands on
 * @param binding the namespace binding of that class in the config
 * @param name the instance name every request uses
 * @param origin who sends the traffic
 */
public record FixedInstance(Location location, String code, String how, String className, Optional<String> binding, String name,
    Origin origin) {

  /** Who sends the traffic to the instance. */
  public enum Origin {
    /** Browser code: every visitor of the page opens a connection. */
    BROWSER,
    /** The Worker's request router: every request of the Worker. */
    WORKER_ROUTER
  }

  /** True when the name is chosen in a test or a test harness, which no real traffic runs. */
  public boolean inTestCode() {
    return TestPaths.isTest(location.file());
  }
}
