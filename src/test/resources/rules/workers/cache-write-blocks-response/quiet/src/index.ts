import { toggleFlag } from "./records";
export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (request.method === "POST") return toggleFlag(request, env);
    if (new URL(request.url).pathname === "/search") return throttledSearch(request, env);
    const cache = caches.default;
    const hit = await cache.match(request);
    if (hit) return hit;
    const response = new Response("<html></html>", { headers: { "cache-control": "max-age=60" } });
    ctx.waitUntil(cache.put(request, response.clone()));  // quiet: the cache write is deferred with waitUntil
    return response;
  },
} satisfies ExportedHandler<Env>;

// A per-caller throttle: the stamp is read to refuse callers that came back too soon, not a cached answer.
async function throttledSearch(request: Request, env: Env): Promise<Response> {
  const caller = request.headers.get("cf-connecting-ip") ?? "unknown";
  const stamp = await env.CACHE.get(`stamp:${caller}`);
  if (stamp) {
    return new Response("Too many requests", { status: 429 });
  }
  await env.CACHE.put(`stamp:${caller}`, "1", { expirationTtl: 60 }); // quiet: a throttle's stamp, not the fill of a cache
  return new Response("results");
}
