export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const status = new URL(request.url).searchParams.get("status") ?? "open";
    // expect: d1/full-table-scan contains: orders
    const byStatus = await env.DB.prepare("SELECT id, total FROM orders WHERE status = ? AND total > ?").bind(status, 100).all();
    // expect: d1/full-table-scan contains: customers
    const byCountry = await env.DB.prepare("SELECT c.id FROM customers c WHERE c.country = ?").bind("DE").all();
    await env.DB.prepare("INSERT INTO customers (id, email, name) VALUES (?, ?, ?)").bind("1", "a@b.c", "A").run();
    return Response.json({ byStatus, byCountry });
  },
} satisfies ExportedHandler<Env>;
