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
    await env.DB.prepare("INSERT INTO orders (id, customer_id, status, total, created_at) VALUES (?, ?, ?, ?, ?)").bind("o", "c", "open", 1, 0).run();
    return Response.json({ order, customer, recent, byLower, open, eu, page });
  },
} satisfies ExportedHandler<Env>;
