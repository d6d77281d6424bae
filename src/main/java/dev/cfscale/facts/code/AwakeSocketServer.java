package dev.cfscale.facts.code;

import dev.cfscale.findings.Location;

/**
 * A Durable Object class whose framework accepts its clients' WebSockets in the object itself instead of through the
 * hibernation API ({@code ctx.acceptWebSocket}): a PartyServer {@code Server} (or y-partyserver {@code YServer})
 * subclass without {@code static options = { hibernate: true }}. The object stays in memory, billed for duration, for as
 * long as any client is connected. A {@code server.accept()} the project's own code calls is an {@link OperationSite}
 * ({@code websocket.accept}) instead.
 *
 * @param location the class declaration
 * @param code the class head as written ({@code class Chat extends Server})
 * @param className the Durable Object class
 * @param how what keeps the sockets out of hibernation, in words
 */
public record AwakeSocketServer(Location location, String code, String className, String how) {}
