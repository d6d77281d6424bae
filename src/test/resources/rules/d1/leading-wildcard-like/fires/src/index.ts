export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const q = new URL(request.url).searchParams.get("q") ?? "";
    // expect: d1/leading-wildcard-like
    const hits = await env.DB.prepare("SELECT id FROM customers WHERE name LIKE '%' || ? || '%' LIMIT 20").bind(q).all();
    return Response.json(hits);
  },
} satisfies ExportedHandler<Env>;
