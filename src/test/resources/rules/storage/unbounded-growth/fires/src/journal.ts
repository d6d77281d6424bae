import { DurableObject } from "cloudflare:workers";

type Entry = { text: string; author: string; at: number };

// A shared notebook: every line anyone types is kept under its own key, named by the moment it was written,
// with the synchronous key-value API of a SQLite-backed object. Nothing ever removes a line.
export class Journal extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    for (const [, line] of this.ctx.storage.kv.list({ prefix: "line:" })) {
      pair[1].send(JSON.stringify(line));
    }
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  async webSocketMessage(ws: WebSocket, raw: string) {
    const entry: Entry = { text: String(raw), author: "guest", at: Date.now() };
    // expect: storage/unbounded-growth contains: into the storage of Durable Object Journal
    this.ctx.storage.kv.put(`line:${entry.at}`, entry);
    // the moderation trail goes to KV under a key named by the moment, held in a local first
    const receivedAt = Date.now();
    // expect: storage/unbounded-growth contains: grows by one key per call
    await this.env.EVENTS.put(`audit:${receivedAt}`, String(raw));
    for (const peer of this.ctx.getWebSockets()) {
      peer.send(JSON.stringify(entry));
    }
  }
}
