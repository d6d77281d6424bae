// An admin-less dashboard that runs a written-out list of report queries one after another on every view: twelve
// round trips per request (a long list of reads, not schema statements run once at start-up).
type Env = { DB: D1Database };

const REPORTS = [
  "SELECT count(*) AS n FROM users WHERE created_at > ?",
  "SELECT count(*) AS n FROM orders WHERE created_at > ?",
  "SELECT count(*) AS n FROM invoices WHERE created_at > ?",
  "SELECT count(*) AS n FROM sessions WHERE created_at > ?",
  "SELECT count(*) AS n FROM entries WHERE created_at > ?",
  "SELECT count(*) AS n FROM reports WHERE created_at > ?",
  "SELECT sum(total) AS n FROM orders WHERE created_at > ?",
  "SELECT sum(total) AS n FROM invoices WHERE created_at > ?",
  "SELECT max(created_at) AS n FROM users WHERE created_at > ?",
  "SELECT max(created_at) AS n FROM orders WHERE created_at > ?",
  "SELECT min(created_at) AS n FROM sessions WHERE created_at > ?",
  "SELECT min(created_at) AS n FROM entries WHERE created_at > ?",
];

export async function dashboard(env: Env, since: number) {
  const out: unknown[] = [];
  for (const sql of REPORTS) {
    // expect: d1/query-in-loop
    out.push(await env.DB.prepare(sql).bind(since).first());
  }
  return out;
}
