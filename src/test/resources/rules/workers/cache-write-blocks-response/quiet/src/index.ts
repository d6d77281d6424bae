import { toggleFlag } from "./records";
export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (request.method === "POST") return toggleFlag(request, env);
    const cache = caches.default;
    const hit = await cache.match(request);
    if (hit) return hit;
    const response = new Response("<html></html>", { headers: { "cache-control": "max-age=60" } });
    ctx.waitUntil(cache.put(request, response.clone()));  // quiet: the cache write is deferred with waitUntil
    return response;
  },
} satisfies ExportedHandler<Env>;
