const BY_ID = "SELECT * FROM users WHERE id = ?";
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const one = await env.DB.prepare(BY_ID).bind("u1").first();
    const page = await env.DB.prepare("SELECT * FROM events WHERE tenant = ? ORDER BY id LIMIT ?").bind("t", 50).all();
    const cols = await env.DB.prepare("SELECT id, name FROM events WHERE tenant = ?").bind("t").all();
    return Response.json({ one, page, cols });
  },
} satisfies ExportedHandler<Env>;
