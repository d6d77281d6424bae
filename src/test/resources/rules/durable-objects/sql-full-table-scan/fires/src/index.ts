import { DurableObject } from "cloudflare:workers";
export { Boards } from "./boards";

interface Env {
  ROOMS: DurableObjectNamespace<Room>;
  BOARDS: DurableObjectNamespace;
}

export class Room extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.blockConcurrencyWhile(async () => {
      this.ctx.storage.sql.exec(
        "CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, author TEXT NOT NULL, sent_at INTEGER NOT NULL, body TEXT)");
    });
  }

  async fetch(request: Request): Promise<Response> {
    const author = new URL(request.url).searchParams.get("author");
    if (author) {
      // expect: durable-objects/sql-full-table-scan
      const mine = this.ctx.storage.sql.exec("SELECT id, body FROM messages WHERE author = ?", author).toArray();
      return Response.json(mine);
    }
    // the latest page of a room's whole history: sorted in a temp B-tree on every request
    // expect: durable-objects/sql-full-table-scan
    const latest = this.ctx.storage.sql.exec("SELECT id, author, body FROM messages ORDER BY sent_at DESC LIMIT 50").toArray();
    return Response.json(latest);
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method === "DELETE") {
      const board = env.BOARDS.get(env.BOARDS.idFromName("team"));
      await board.sweepNow();
      return Response.json(await board.lane("done"));
    }
    return env.ROOMS.get(env.ROOMS.idFromName(new URL(request.url).pathname)).fetch(request);
  },
};
