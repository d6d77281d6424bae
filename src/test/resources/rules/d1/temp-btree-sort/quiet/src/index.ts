export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const recent = await env.DB.prepare("SELECT id FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 10").bind("c1").all();
    const names = await env.DB.prepare("SELECT name FROM countries ORDER BY name").all();
    return Response.json({ recent, names });
  },
} satisfies ExportedHandler<Env>;
