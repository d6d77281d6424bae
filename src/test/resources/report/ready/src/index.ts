type Env = { DB: D1Database; FILES: R2Bucket; LIMITER: RateLimit };

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { success } = await env.LIMITER.limit({ key: request.headers.get("cf-connecting-ip") ?? "anonymous" });
    if (!success) return new Response("slow down", { status: 429 });
    const url = new URL(request.url);
    if (url.pathname.startsWith("/files/")) {
      const file = await env.FILES.get(url.pathname.slice("/files/".length));
      return file ? new Response(file.body) : new Response("not found", { status: 404 });
    }
    const id = url.searchParams.get("id");
    const note = await env.DB.prepare("SELECT id, body FROM notes WHERE id = ?").bind(id).first();
    return Response.json(note);
  },
};
