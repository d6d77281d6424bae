export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (new URL(request.url).pathname.startsWith("/admin/")) {
      // quiet: an operator's test pick on an admin path, not every visitor's request
      const sample = await env.DB.prepare("SELECT id FROM orders ORDER BY RANDOM() LIMIT 1").first();
      return Response.json(sample);
    }
    const recent = await env.DB.prepare("SELECT id FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 10").bind("c1").all();  // quiet: the composite index serves the ORDER BY
    const names = await env.DB.prepare("SELECT name FROM countries ORDER BY name").all();  // quiet: sorting a small lookup table is fine
    const byTotal = await env.DB.prepare("SELECT id FROM orders WHERE customer_id = ? ORDER BY total DESC").bind("c1").all();  // quiet: no LIMIT: every matching row is read anyway, an index would only save the sort
    const tip = await env.DB.prepare("SELECT name FROM countries ORDER BY RANDOM() LIMIT 1").all();  // quiet: shuffling a small lookup table is fine
    const counted = await env.DB.prepare("SELECT id, (SELECT COUNT(*) FROM audit) FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 10").bind("c1").all();  // quiet: the subquery is only selected; the composite index serves the ORDER BY
    const busiest = await env.DB.prepare("SELECT code FROM countries ORDER BY (SELECT COUNT(*) FROM customers WHERE customers.country = countries.code) DESC LIMIT 3").all();  // quiet: ranking the rows of a small lookup table is fine
    // quiet: one owner's own projects, found through the owner index: a handful of rows to sort
    const mine = await env.DB.prepare("SELECT id, name FROM projects WHERE owner_id = ? ORDER BY updated_at DESC LIMIT 20").bind("u1").all();
    return Response.json({ recent, names, byTotal, tip, counted, busiest, mine });
  },
} satisfies ExportedHandler<Env>;
