import { Q, first } from "./queries";
import { query, readKey } from "./helpers";

export default {
  async fetch(request: Request, env: { DB: D1Database; KV: KVNamespace }) {
    const deps = { ...env, started: Date.now() };
    const bySlug = await deps.DB.prepare(Q.bySlug).bind("x").first();
    const { recent } = Q;
    const latest = await env.DB.prepare(recent).all();
    const a = await query(env, "SELECT id FROM links WHERE owner = ?", ["o"]);
    const b = await query(env, "SELECT COUNT(*) FROM links");
    const flag = await readKey(env.KV, "flag");
    const user = await readKey(env.KV, request.headers.get("x-user") ?? "anonymous");
    return Response.json({ bySlug, latest, a, b, flag, user, x: first.a });
  },
};
