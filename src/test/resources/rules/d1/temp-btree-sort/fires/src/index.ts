export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    // expect: d1/temp-btree-sort
    const top = await env.DB.prepare("SELECT id FROM orders WHERE customer_id = ? ORDER BY total DESC LIMIT 10").bind("c1").all();
    return Response.json(top);
  },
} satisfies ExportedHandler<Env>;
