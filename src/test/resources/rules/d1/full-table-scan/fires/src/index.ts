import { sqlOn } from "./sql";
import { statementsFor } from "./statements";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const status = new URL(request.url).searchParams.get("status") ?? "open";
    // expect: d1/full-table-scan contains: orders
    const byStatus = await env.DB.prepare("SELECT id, total FROM orders WHERE status = ? AND total > ?").bind(status, 100).all();
    // expect: d1/full-table-scan contains: customers
    const byCountry = await env.DB.prepare("SELECT c.id FROM customers c WHERE c.country = ?").bind("DE").all();
    // a filter chosen at run time: each text is planned, the lookup by key is fine, the one by country scans
    const filter = new URL(request.url).searchParams.has("country") ? "WHERE c.country = ?" : "WHERE c.id = ?";
    // expect: d1/full-table-scan contains: c.country
    const chosen = await env.DB.prepare(`SELECT c.id, c.name FROM customers c ${filter}`).bind("DE").all();
    // the same const name in sibling blocks: each branch prepares its own text (const is block-scoped)
    let found;
    if (new URL(request.url).searchParams.has("id")) {
      const lookup = "SELECT c.id FROM customers c WHERE c.id = ?";
      found = await env.DB.prepare(lookup).bind("c1").first();
    } else {
      const lookup = "SELECT c.id FROM customers c WHERE c.name = ?";
      // expect: d1/full-table-scan contains: customers
      found = await env.DB.prepare(lookup).bind("Ada").first();
    }
    // a tagged template on the tag a helper returns: its strings, joined with "?", are the statement
    const q = sqlOn(env.DB);
    // expect: d1/full-table-scan contains: orders
    const large = await q`SELECT id FROM orders WHERE total > ${100} AND status = ${status}`;
    await env.DB.prepare("INSERT INTO customers (id, email, name) VALUES (?, ?, ?)").bind("1", "a@b.c", "A").run();
    // a delete by another column than the expiry is no sweep: it reads every state to find one provider's
    // expect: d1/full-table-scan contains: login_states
    await env.DB.prepare("DELETE FROM login_states WHERE kind = ?").bind("github").run();
    await env.DB.prepare("INSERT INTO login_states (state, kind, expires_at) VALUES (?, ?, ?)").bind("s", "github", Date.now() + 600000).run();
    // SQL handed to a helper in a list and prepared there by index (texts[i]), then batched
    const [heavy, byKey] = await env.DB.batch(statementsFor(env.DB, [
      // expect: d1/full-table-scan contains: orders
      "SELECT id FROM orders WHERE total > ?",
      "SELECT id, name FROM customers WHERE id = ?",
    ], [[100], ["c1"]]));
    return Response.json({ byStatus, byCountry, chosen, large, found, heavy, byKey });
  },
} satisfies ExportedHandler<Env>;
