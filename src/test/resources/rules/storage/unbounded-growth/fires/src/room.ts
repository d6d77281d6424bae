import { DurableObject } from "cloudflare:workers";

// Every message a room has ever seen stays in its SQLite: nothing trims the log.
export class Room extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS message_log (id INTEGER PRIMARY KEY, body TEXT, sent_at INTEGER)");
  }

  async fetch(request: Request): Promise<Response> {
    const body = await request.text();
    // expect: storage/unbounded-growth contains: appends a row to `message_log`
    this.ctx.storage.sql.exec("INSERT INTO message_log (body, sent_at) VALUES (?, ?)", body, Date.now());
    const recent = this.ctx.storage.sql.exec("SELECT body FROM message_log ORDER BY id DESC LIMIT 50").toArray();
    return Response.json(recent);
  }
}
