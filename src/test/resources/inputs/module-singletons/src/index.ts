import { tickets, useDatabase } from "./db";
import { archived, sessionStore } from "./sessions";

type Env = { DB: D1Database; SESSIONS: KVNamespace; ARCHIVE: KVNamespace };

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    useDatabase(env);
    const id = new URL(request.url).searchParams.get("id") ?? "";
    const session = await sessionStore(env).get(`session:${id}`);
    if (!session) return new Response("unauthorised", { status: 401 });
    const mine = await tickets.prepare("SELECT id, title FROM tickets WHERE owner = ?").bind(session).all();
    const open = await tickets.open();
    return Response.json({ mine: mine.results, open: open.results, old: await archived(env, id) });
  },
};
