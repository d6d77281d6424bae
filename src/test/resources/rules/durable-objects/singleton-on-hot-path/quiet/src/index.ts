import { DurableObject } from "cloudflare:workers";

export class Counter extends DurableObject {
  async increment(): Promise<number> {
    return 1;
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    await limit(request, env);
    const room = new URL(request.url).searchParams.get("room") ?? "lobby";
    const n = await env.COUNTER.getByName(`room:${room}`).increment();  // quiet: one object per room, named by the request
    return new Response(String(n));
  },
  // quiet: a singleton coordinator driven by a cron trigger sees one request a minute
  async scheduled(controller: ScheduledController, env: Env) {
    await env.COUNTER.get(env.COUNTER.idFromName("scheduler")).increment();
  },
} satisfies ExportedHandler<Env>;

// quiet: a per-client name with a constant fallback is not a singleton
export async function limit(request: Request, env: Env) {
  const ip = request.headers.get("cf-connecting-ip") ?? "unknown";
  return env.COUNTER.getByName(ip).increment();
}
