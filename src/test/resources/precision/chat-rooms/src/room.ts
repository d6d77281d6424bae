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
  }

  async alarm() {
    const sockets = this.ctx.getWebSockets();
    await this.env.PRESENCE.put(`presence:${this.ctx.id.toString()}`, String(sockets.length), { expirationTtl: 120 });
  }
}
