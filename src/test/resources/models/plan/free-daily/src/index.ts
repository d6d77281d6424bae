interface Env {
  ENTRIES: KVNamespace;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    await env.ENTRIES.put(`entry:${crypto.randomUUID()}`, await request.text());
    return new Response("thanks");
  },
};
