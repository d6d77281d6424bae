import { DurableObject } from "cloudflare:workers";
import { throttle } from "lodash-es";

// one room per name in the path; every message is kept under a key of its own, and nothing deletes them
export class ChatRoom extends DurableObject<Env> {
  private pending: string[] = [];

  // written at most once a second: calling flush still runs the write
  private flush = throttle(async () => {
    const batch = this.pending.splice(0);
    await this.ctx.storage.put(`message:${crypto.randomUUID()}`, batch);
  }, 1000);

  // every message posted to the room, forwarded by the Worker with no check of the caller
  // expect: abuse/unauthenticated-expensive-route contains: writes Durable Object storage
  async fetch(request: Request): Promise<Response> {
    const message = await request.text();
    this.pending.push(message);
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
