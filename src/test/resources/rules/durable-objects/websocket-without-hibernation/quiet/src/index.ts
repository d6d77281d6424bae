import { DurableObject } from "cloudflare:workers";
import { routePartykitRequest } from "partyserver";
export { Whiteboard, Notes } from "./party";

export class Room extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    const [client, server] = Object.values(new WebSocketPair());
    this.ctx.acceptWebSocket(server); // quiet: the hibernation API
    return new Response(null, { status: 101, webSocket: client });
  }

  async webSocketMessage(ws: WebSocket, message: string) {
    for (const peer of this.ctx.getWebSockets()) peer.send(message);
  }
}

// An outbound connection to a speech service: there is no hibernating alternative for it.
export class Transcriber extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    const response = await fetch("https://speech.example.com/stream", {
      headers: { Upgrade: "websocket" },
      signal: AbortSignal.timeout(5000),
    });
    const upstream = response.webSocket;
    if (!upstream) return new Response("no upstream", { status: 502 });
    upstream.accept(); // quiet: an outbound socket, not a client's
    return new Response("connected");
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const routed = await routePartykitRequest(request, env);
    if (routed) return routed;
    const url = new URL(request.url);
    if (url.pathname === "/echo") {
      const { 0: client, 1: server } = new WebSocketPair();
      server.accept(); // quiet: a plain Worker holding a socket is billed CPU, not duration
      server.addEventListener("message", (event) => server.send(String(event.data)));
      return new Response(null, { status: 101, webSocket: client });
    }
    const id = env.ROOM.idFromName(url.searchParams.get("room") ?? "main");
    return env.ROOM.get(id).fetch(request);
  },
} satisfies ExportedHandler<Env>;
