const BY_ID = "SELECT * FROM users WHERE id = ?";
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const one = await env.DB.prepare(BY_ID).bind("u1").first();  // quiet: SELECT * by primary key read with first(): one row
    const page = await env.DB.prepare("SELECT * FROM events WHERE tenant = ? ORDER BY id LIMIT ?").bind("t", 50).all();  // quiet: SELECT * with a LIMIT
    const cols = await env.DB.prepare("SELECT id, name FROM events WHERE tenant = ?").bind("t").all();  // quiet: named columns
    return Response.json({ one, page, cols });
  },
} satisfies ExportedHandler<Env>;
