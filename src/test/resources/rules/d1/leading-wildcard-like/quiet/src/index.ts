import { byEmailPrefix, byEmailStart } from "./search";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const q = new URL(request.url).searchParams.get("q") ?? "";
    const prefix = await env.DB.prepare("SELECT id FROM customers WHERE email LIKE ? || '%' LIMIT 20").bind(q).all();  // quiet: a trailing wildcard (prefix match) can use an index
    const fts = await env.DB.prepare("SELECT rowid FROM products_fts WHERE products_fts MATCH ? LIMIT 20").bind(q).all();  // quiet: full-text search with MATCH, not LIKE
    const drizzled = await byEmailPrefix(env.DB, q);
    const started = await byEmailStart(env.DB, q);
    return Response.json({ prefix, fts, drizzled, started });
  },
} satisfies ExportedHandler<Env>;
