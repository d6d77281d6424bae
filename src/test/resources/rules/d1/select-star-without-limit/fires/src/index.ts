export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { results } = await env.DB
      .prepare("SELECT * FROM events WHERE tenant = ?")
      .bind(new URL(request.url).searchParams.get("tenant"))
      // expect: d1/select-star-without-limit
      .all();
    return Response.json(results);
  },
} satisfies ExportedHandler<Env>;
