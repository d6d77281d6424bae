interface Env {
  COUNTERS: KVNamespace;
  AI: Ai;
}

class FixedWindowRateLimiter {
  constructor(private readonly kv: KVNamespace, private readonly limit: number) {}

  async allow(client: string): Promise<boolean> {
    const windowKey = `rl:${client}:${Math.floor(Date.now() / 60_000)}`;
    const used = Number((await this.kv.get(windowKey)) ?? "0");
    if (used >= this.limit) {
      return false;
    }
    await this.kv.put(windowKey, String(used + 1), { expirationTtl: 120 });
    return true;
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const limiter = new FixedWindowRateLimiter(env.COUNTERS, 30);
    if (!(await limiter.allow(request.headers.get("cf-connecting-ip") ?? "unknown"))) {
      return new Response("slow down", { status: 429 });
    }
    return Response.json({ ok: true });
  },
};
