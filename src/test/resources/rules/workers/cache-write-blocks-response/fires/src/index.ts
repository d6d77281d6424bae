export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const cache = caches.default;
    const hit = await cache.match(request);
    if (hit) return hit;
    const response = new Response(await render(), { headers: { "cache-control": "max-age=60" } });
    // expect: workers/cache-write-blocks-response
    await cache.put(request, response.clone());
    return response;
  },
} satisfies ExportedHandler<Env>;

async function render() {
  return "<html></html>";
}
