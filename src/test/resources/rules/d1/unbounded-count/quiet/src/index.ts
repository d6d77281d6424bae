export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const mine = await env.DB.prepare("SELECT COUNT(*) AS n FROM orders WHERE customer_id = ?").bind("c1").first();
    const countries = await env.DB.prepare("SELECT COUNT(*) FROM countries").first();
    return Response.json({ mine, countries });
  },
  // a nightly count from a cron trigger is fine
  async scheduled(controller: ScheduledController, env: Env) {
    await env.DB.prepare("SELECT COUNT(*) FROM orders").first();
  },
} satisfies ExportedHandler<Env>;
