export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const body = await request.text();
    // expect: r2/constant-key-write
    await env.BUCKET.put("latest.json", body);
    return new Response("stored");
  },
} satisfies ExportedHandler<Env>;
