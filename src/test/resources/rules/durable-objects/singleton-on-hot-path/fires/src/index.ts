import { DurableObject } from "cloudflare:workers";

export class Counter extends DurableObject {
  async increment(): Promise<number> {
    const n = ((await this.ctx.storage.get<number>("n")) ?? 0) + 1;
    await this.ctx.storage.put("n", n);
    return n;
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    // expect: durable-objects/singleton-on-hot-path contains: idFromName("global")
    const id = env.COUNTER.idFromName("global");
    const n = await env.COUNTER.get(id).increment();
    return new Response(String(n));
  },
} satisfies ExportedHandler<Env>;
