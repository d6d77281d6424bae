import { COUNTED_TABLES, REPORT_QUERIES, cleanup } from "./queries";

export default {
  async fetch(request: Request, env: { DB: D1Database }): Promise<Response> {
    const reports = await Promise.all(Object.values(REPORT_QUERIES).map((q) => env.DB.prepare(q).bind("x").all()));
    const counts = [];
    for (const table of COUNTED_TABLES) {
      counts.push(await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first());
    }
    await cleanup(env.DB);
    // a table the code creates itself at runtime
    await env.DB.exec("CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY, actor TEXT NOT NULL, at INTEGER NOT NULL)");
    const audit = await env.DB.prepare("SELECT id FROM audit WHERE actor = ?").bind("me").all();
    return Response.json({ reports, counts, audit });
  },
};
