import { DurableObject } from "cloudflare:workers";

export class Counter extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS hits (id INTEGER PRIMARY KEY, path TEXT NOT NULL, at INTEGER NOT NULL)");
  }

  async fetch(request: Request): Promise<Response> {
    this.ctx.storage.sql.exec("INSERT INTO hits (path, at) VALUES (?, ?)", new URL(request.url).pathname, Date.now());
    // every hit the object ever recorded, with every column
    // expect: d1/select-star-without-limit contains: Durable Object class Counter
    const all = this.ctx.storage.sql.exec("SELECT * FROM hits").toArray();
    return Response.json(all);
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { results } = await env.DB
      .prepare("SELECT * FROM events WHERE tenant = ?")
      .bind(new URL(request.url).searchParams.get("tenant"))
      // expect: d1/select-star-without-limit
      .all();
    const joined = await env.DB
      .prepare("SELECT e.*, t.name FROM events e JOIN tenants t ON t.id = e.tenant WHERE t.plan = ?")
      .bind("pro")
      // expect: d1/select-star-without-limit contains: SELECT e.*, t.name
      .all();
    const counter = await env.COUNTER.get(env.COUNTER.idFromName(new URL(request.url).pathname)).fetch(request);
    return Response.json({ results, joined, counter: await counter.json() });
  },
} satisfies ExportedHandler<Env>;
