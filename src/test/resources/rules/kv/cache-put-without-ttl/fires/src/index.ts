import { profile } from "./miss";
import { storeResults } from "./results";
export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (request.url.endsWith("/profile")) return profile(request, env);
    const key = `page:${new URL(request.url).pathname}`;
    const hit = await env.CACHE.get(key);
    if (hit) return new Response(hit);
    const html = await render(env);
    // expect: kv/cache-put-without-ttl
    ctx.waitUntil(env.CACHE.put(key, html));
    return new Response(html);
  },
  queue: storeResults,
} satisfies ExportedHandler<Env>;

async function render(env: Env) {
  return "<html></html>";
}
