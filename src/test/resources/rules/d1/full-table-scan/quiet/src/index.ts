import { sqlOn } from "./sql";
import { statementsFor } from "./statements";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    // quiet: primary key, unique column, composite index prefix, expression index, partial index: all index searches
    const order = await env.DB.prepare("SELECT * FROM orders WHERE id = ?").bind("o1").first();
    const customer = await env.DB.prepare("SELECT id FROM customers WHERE email = ?").bind("a@b.c").first();
    const recent = await env.DB.prepare("SELECT id FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 20").bind("c1").all();
    const byLower = await env.DB.prepare("SELECT id FROM customers WHERE lower(email) = ?").bind("a@b.c").first();
    const open = await env.DB.prepare("SELECT id FROM orders WHERE status = 'open' AND created_at > ?").bind(0).all();
    // quiet: a small lookup table seeded by migrations and never written: scanning it is fine
    const eu = await env.DB.prepare("SELECT code FROM countries WHERE region = ?").bind("EU").all();
    // quiet: a plain page without a filter stops after LIMIT rows
    const page = await env.DB.prepare("SELECT id, total FROM orders LIMIT 50").all();
    // quiet: an unfiltered list reads every row by design: the missing LIMIT is d1/unbounded-result's, no index helps
    const all = await env.DB.prepare("SELECT id, kind FROM events ORDER BY created_at DESC").all();
    // quiet: a count through an index on the INTEGER PRIMARY KEY still reads every entry: a no-op index is never suggested
    const total = await env.DB.prepare("SELECT count(id) FROM events WHERE id > 0").first();
    // quiet: no plain-column index removes this scan (an index on created_at would only remove the sort)
    const titled = await env.DB.prepare("SELECT id FROM events WHERE lower(title) = ? ORDER BY created_at").bind("x").all();
    const q = sqlOn(env.DB);
    // quiet: a tagged template through a helper's tag, looking an order up by its customer (an index prefix)
    const mine = await q`SELECT id FROM orders WHERE customer_id = ${"c1"} ORDER BY created_at DESC LIMIT 20`;
    await env.DB.prepare("INSERT INTO orders (id, customer_id, status, total, created_at) VALUES (?, ?, ?, ?, ?)").bind("o", "c", "open", 1, 0).run();
    await env.DB.prepare("INSERT INTO events (kind, title, created_at) VALUES (?, ?, ?)").bind("k", "t", 0).run();
    // quiet: the sweep of expired states, run each time one is added, keeps the table to the states of the last few minutes
    await env.DB.prepare("DELETE FROM login_states WHERE expires_at < ? OR used = 1").bind(Date.now()).run();
    await env.DB.prepare("INSERT INTO login_states (state, kind, expires_at) VALUES (?, ?, ?)").bind("s", "github", Date.now() + 600000).run();
    // quiet: texts a statement-list helper prepares by index are planned one by one, and both find their rows by key
    const [one, theirs] = await env.DB.batch(statementsFor(env.DB, [
      "SELECT id, name FROM customers WHERE id = ?",
      "SELECT id, total FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 20",
    ], [["c1"], ["c1"]]));
    return Response.json({ mine, order, customer, recent, byLower, open, eu, page, all, total, titled, one, theirs });
  },
} satisfies ExportedHandler<Env>;

// quiet: no entry point calls this function: a query no code runs costs nothing
export async function neverCalled(env: Env) {
  return env.DB.prepare("SELECT id FROM events WHERE kind = ?").bind("x").all();
}
