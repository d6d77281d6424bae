type Env = { DB: D1Database; LIMITER: RateLimit };

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { success } = await env.LIMITER.limit({ key: request.headers.get("cf-connecting-ip") ?? "anonymous" });
    if (!success) return new Response("slow down", { status: 429 });
    const id = new URL(request.url).searchParams.get("id");
    const note = await env.DB.prepare("SELECT id, body FROM notes WHERE id = ?").bind(id).first();
    return Response.json(note);
  },
};
