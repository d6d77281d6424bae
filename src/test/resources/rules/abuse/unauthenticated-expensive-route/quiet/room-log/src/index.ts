import { DurableObject } from "cloudflare:workers";
import { throttle } from "lodash-es";

// one room per name in the path; it keeps only the last message, under one key
export class ChatRoom extends DurableObject<Env> {
  private latest = "";

  private flush = throttle(async () => {
    // quiet: the entries form names the same two keys on every call, overwritten by every message: no growth per call
    await this.ctx.storage.put({ latest: this.latest, updatedAt: Date.now() });
  }, 1000);

  // every message posted to the room
  async fetch(request: Request): Promise<Response> {
    const message = await request.text();
    this.latest = message;
    await this.flush();
    return new Response("ok");
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const room = new URL(request.url).pathname.slice(1) || "lobby";
    return env.ROOMS.get(env.ROOMS.idFromName(room)).fetch(request);
  },
} satisfies ExportedHandler<Env>;
