interface Env {
  DB: D1Database;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const kind = new URL(request.url).searchParams.get("kind");
    const { results } = await env.DB.prepare("SELECT id, created_at FROM events WHERE kind = ?").bind(kind).all();
    return Response.json(results);
  },
};
