import { DurableObject } from "cloudflare:workers";

export class Counter extends DurableObject {
  private pending = 0;

  async fetch(request: Request): Promise<Response> {
    this.pending++;
    // expect: durable-objects/set-interval
    setInterval(() => this.flush(), 1000);
    return new Response("ok");
  }

  private async flush() {
    await this.ctx.storage.put("pending", this.pending);
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return env.COUNTER.getByName("a").fetch(request);
  },
} satisfies ExportedHandler<Env>;
