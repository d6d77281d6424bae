export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const recent = await env.DB.prepare("SELECT id FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 10").bind("c1").all();  // quiet: the composite index serves the ORDER BY
    const names = await env.DB.prepare("SELECT name FROM countries ORDER BY name").all();  // quiet: sorting a small lookup table is fine
    const byTotal = await env.DB.prepare("SELECT id FROM orders WHERE customer_id = ? ORDER BY total DESC").bind("c1").all();  // quiet: no LIMIT: every matching row is read anyway, an index would only save the sort
    const tip = await env.DB.prepare("SELECT name FROM countries ORDER BY RANDOM() LIMIT 1").all();  // quiet: shuffling a small lookup table is fine
    return Response.json({ recent, names, byTotal, tip });
  },
} satisfies ExportedHandler<Env>;
