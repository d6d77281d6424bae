import { DurableObject } from "cloudflare:workers";

const ORIGINS = ["https://origin-a.example.com", "https://origin-b.example.com"];

export class IpLimiter extends DurableObject<Env> {
  private hits = 0;
  async allow(): Promise<boolean> {
    this.hits++;
    if (this.hits === 1) await this.ctx.storage.setAlarm(Date.now() + 60_000);
    return this.hits <= 120;
  }
  async alarm() {
    this.hits = 0;
  }
}

export class ConfigStore extends DurableObject<Env> {
  async get(): Promise<Record<string, string>> {
    return (await this.ctx.storage.get<Record<string, string>>("config")) ?? {};
  }
  async refresh(): Promise<void> {
    const res = await fetch("https://config.example.com/gateway.json");
    await this.ctx.storage.put("config", await res.json());
  }
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const ip = request.headers.get("cf-connecting-ip") ?? "0.0.0.0";
    if (!(await env.LIMITER.getByName(ip).allow())) return new Response("rate limited", { status: 429 });

    const user = await env.AUTH.verify(request.headers.get("authorization") ?? "");
    if (!user) return new Response("unauthorized", { status: 401 });

    const cache = caches.default;
    const cached = await cache.match(request);
    if (cached) return cached;

    const origin = ORIGINS[user.id.charCodeAt(0) % ORIGINS.length];
    const upstream = await fetch(new Request(origin + new URL(request.url).pathname, request));
    const response = new Response(upstream.body, upstream);
    response.headers.set("cache-control", "public, max-age=30");
    ctx.waitUntil(cache.put(request, response.clone()));
    return response;
  },

  async scheduled(controller: ScheduledController, env: Env) {
    // the config singleton is refreshed by cron only
    await env.CONFIG.getByName("global").refresh();
    // health-check both origins (a fixed list)
    await Promise.all(ORIGINS.map((o) => fetch(o + "/health")));
  },
} satisfies ExportedHandler<Env>;
