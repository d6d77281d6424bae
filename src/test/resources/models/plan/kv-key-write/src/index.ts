interface Env {
  STATS: KVNamespace;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const count = Number((await env.STATS.get("stats:global")) ?? "0") + 1;
    await env.STATS.put("stats:global", String(count));
    return new Response(String(count));
  },
};
