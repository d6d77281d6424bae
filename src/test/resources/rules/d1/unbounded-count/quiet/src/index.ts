export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const mine = await env.DB.prepare("SELECT COUNT(*) AS n FROM orders WHERE customer_id = ?").bind("c1").first();  // quiet: a filtered count uses an index
    const countries = await env.DB.prepare("SELECT COUNT(*) FROM countries").first();  // quiet: counting a small lookup table is fine
    return Response.json({ mine, countries });
  },
  // quiet: a nightly count from a cron trigger is fine
  async scheduled(controller: ScheduledController, env: Env) {
    await env.DB.prepare("SELECT COUNT(*) FROM orders").first();
  },
} satisfies ExportedHandler<Env>;
