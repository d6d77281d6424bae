export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const object = await env.BUCKET.get(new URL(request.url).pathname.slice(1));
    if (!object) return new Response("not found", { status: 404 });
    const config = await (await env.BUCKET.get("config.json"))?.json();  // quiet: a small config object read whole is fine
    // quiet: a fetch response's arrayBuffer is not an R2 body
    const upstream = await fetch("https://example.com/small.bin");
    await upstream.arrayBuffer();
    return new Response(object.body, { headers: { etag: object.httpEtag, "x-config": String(config) } });  // quiet: the object body is streamed
  },
} satisfies ExportedHandler<Env>;

// quiet: no entry point of the Worker calls this helper, so nothing is ever buffered by it
export async function exportArchive(env: Env, key: string): Promise<ArrayBuffer | undefined> {
  const archive = await env.BUCKET.get(key);
  return archive?.arrayBuffer();
}
