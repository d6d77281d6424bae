export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const object = await env.BUCKET.get(new URL(request.url).pathname.slice(1));
    if (!object) return new Response("not found", { status: 404 });
    // expect: r2/buffered-body
    const bytes = await object.arrayBuffer();
    return new Response(bytes);
  },
} satisfies ExportedHandler<Env>;
