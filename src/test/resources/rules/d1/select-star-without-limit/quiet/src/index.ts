import { DurableObject } from "cloudflare:workers";

const BY_ID = "SELECT * FROM users WHERE id = ?";

export class Counter extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS pending (id INTEGER PRIMARY KEY, path TEXT NOT NULL)");
  }

  async fetch(request: Request): Promise<Response> {
    this.ctx.storage.sql.exec("INSERT INTO pending (path) VALUES (?)", new URL(request.url).pathname);
    const batch = this.ctx.storage.sql.exec("SELECT * FROM pending").toArray();  // quiet: a buffer the object drains below (DELETE FROM pending)
    this.ctx.storage.sql.exec("DELETE FROM pending");
    return Response.json(batch);
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const one = await env.DB.prepare(BY_ID).bind("u1").first();  // quiet: SELECT * by primary key read with first(): one row
    const page = await env.DB.prepare("SELECT * FROM events WHERE tenant = ? ORDER BY id LIMIT ?").bind("t", 50).all();  // quiet: SELECT * with a LIMIT
    const cols = await env.DB.prepare("SELECT id, name FROM events WHERE tenant = ?").bind("t").all();  // quiet: named columns
    const mine = await env.DB.prepare("SELECT e.* FROM events e WHERE e.user_id = ?").bind("u1").all();  // quiet: one user's rows, pinned to an entity
    const counter = await env.COUNTER.get(env.COUNTER.idFromName("x")).fetch(request);
    return Response.json({ one, page, cols, mine, counter: await counter.json() });
  },
} satisfies ExportedHandler<Env>;

// quiet: no entry point calls this: a list no code runs
export async function exportAll(env: Env) {
  return env.DB.prepare("SELECT * FROM events").all();
}
