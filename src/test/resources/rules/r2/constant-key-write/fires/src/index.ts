export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const body = await request.text();
    // expect: r2/constant-key-write contains: constant key "latest.json"
    await env.BUCKET.put("latest.json", body);
    const day = new Date().toISOString().slice(0, 10);
    // expect: r2/constant-key-write
    await env.BUCKET.put(`logs/${day}.jsonl`, body);
    return new Response("stored");
  },
} satisfies ExportedHandler<Env>;
