import { renameRecord } from "./records";
import { claimHandle } from "./handles";
export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (request.method === "PATCH") return renameRecord(request, env);
    if (request.method === "PUT") return claimHandle(request, env);
    const key = `page:${new URL(request.url).pathname}`;
    const hit = await env.CACHE.get(key);
    if (hit) return new Response(hit);
    const html = "<html></html>";
    ctx.waitUntil(env.CACHE.put(key, html, { expirationTtl: 600 }));  // quiet: the cache fill sets expirationTtl
    return new Response(html);
  },
  // quiet: a KV store (no read-through get in the same function, a namespace not named a cache) is not a cache
  async queue(batch: MessageBatch<{ id: string; body: string; done?: boolean }>, env: Env) {
    for (const m of batch.messages) {
      await env.STORE.put(`doc:${m.body.id}`, m.body.body);
      // quiet: a cache namespace whose per-job entries the job deletes once the result has been read
      if (!m.body.done) await env.CACHE.put(`job:${m.body.id}`, m.body.body);
      else await env.CACHE.delete(`job:${m.body.id}`);
      await env.CACHE.put("latest", m.body.id); // quiet: one constant key, overwritten, does not grow
    }
  },
} satisfies ExportedHandler<Env>;
