import { DurableObject } from "cloudflare:workers";
import { routePartykitRequest } from "partyserver";
export { Lists } from "./lists";
export { Sessions } from "./sessions";

interface Env {
  ROOMS: DurableObjectNamespace<Room>;
  SESSIONS: DurableObjectNamespace;
}

export class Room extends DurableObject<Env> {
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec("CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, author TEXT NOT NULL, sent_at INTEGER NOT NULL, body TEXT)");
    this.sql.exec("CREATE INDEX IF NOT EXISTS idx_messages_sent_at ON messages (sent_at)");
    this.sql.exec("CREATE INDEX IF NOT EXISTS idx_messages_author ON messages (author)");
  }

  async fetch(request: Request): Promise<Response> {
    const author = new URL(request.url).searchParams.get("author");
    if (author) {
      return Response.json(this.sql.exec("SELECT id, body FROM messages WHERE author = ?", author).toArray());  // quiet: filters on an indexed column
    }
    const one = this.sql.exec("SELECT body FROM messages WHERE id = ?", 1).one();  // quiet: primary-key lookup
    const latest = this.sql.exec("SELECT id, author, body FROM messages ORDER BY sent_at DESC LIMIT 50").toArray();  // quiet: the index on sent_at serves the ORDER BY ... LIMIT
    this.sql.exec("DELETE FROM messages WHERE author != ?", "system");  // quiet: no index serves a != filter: nothing to recommend, so nothing to report
    const everything = this.sql.exec("SELECT id, body FROM messages ORDER BY body").toArray();  // quiet: an unfiltered read of the whole history reads every row by design
    return Response.json({ one, latest, everything });
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const party = await routePartykitRequest(request, env);
    if (party) return party;
    if (request.method === "PUT") {
      await env.SESSIONS.get(env.SESSIONS.idFromName("me")).open(crypto.randomUUID());
    }
    return env.ROOMS.get(env.ROOMS.idFromName(new URL(request.url).pathname)).fetch(request);
  },
};
