export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const q = new URL(request.url).searchParams.get("q") ?? "";
    const prefix = await env.DB.prepare("SELECT id FROM customers WHERE email LIKE ? || '%' LIMIT 20").bind(q).all();
    const fts = await env.DB.prepare("SELECT rowid FROM products_fts WHERE products_fts MATCH ? LIMIT 20").bind(q).all();
    return Response.json({ prefix, fts });
  },
} satisfies ExportedHandler<Env>;
