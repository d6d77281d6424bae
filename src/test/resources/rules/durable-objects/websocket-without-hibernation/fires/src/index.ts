import { DurableObject } from "cloudflare:workers";
import { routePartykitRequest } from "partyserver";
export { Whiteboard, Notes } from "./party";

// A chat room that keeps each socket in the object: it is billed for every hour a tab stays open.
export class Room extends DurableObject<Env> {
  private sockets = new Set<WebSocket>();

  async fetch(request: Request): Promise<Response> {
    const [client, server] = Object.values(new WebSocketPair());
    // expect: durable-objects/websocket-without-hibernation contains: per object-hour
    server.accept();
    this.sockets.add(server);
    server.addEventListener("message", (event) => {
      for (const peer of this.sockets) peer.send(String(event.data));
    });
    return new Response(null, { status: 101, webSocket: client });
  }
}

// Presence lobby: the pair read by index, then accepted in a helper method of the object.
export class Lobby extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    const pair = new WebSocketPair();
    this.join(pair[1]);
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  private join(socket: WebSocket) {
    // expect: durable-objects/websocket-without-hibernation
    socket.accept();
    socket.send("welcome");
  }
}

// A live feed whose pair is destructured by index keys.
export class Feed extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    const { 0: client, 1: server } = new WebSocketPair();
    // expect: durable-objects/websocket-without-hibernation
    server.accept();
    return new Response(null, { status: 101, webSocket: client });
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const routed = await routePartykitRequest(request, env);
    if (routed) return routed;
    const url = new URL(request.url);
    const room = url.searchParams.get("room") ?? "lobby";
    if (url.pathname.startsWith("/feed")) return env.FEED.get(env.FEED.idFromName(room)).fetch(request);
    const ns = url.pathname.startsWith("/lobby") ? env.LOBBY : env.ROOM;
    return ns.get(ns.idFromName(room)).fetch(request);
  },
} satisfies ExportedHandler<Env>;
