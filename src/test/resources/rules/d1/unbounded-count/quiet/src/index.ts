import { GalleryService } from "./gallery";
import { customerTotal } from "./customer";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const mine = await env.DB.prepare("SELECT COUNT(*) AS n FROM orders WHERE customer_id = ?").bind("c1").first();  // quiet: a count pinned to one customer, served by an index
    const countries = await env.DB.prepare("SELECT COUNT(*) FROM countries").first();  // quiet: counting a small lookup table is fine
    const recentOpen = await env.DB.prepare("SELECT count(*) FROM orders WHERE status = 'open' AND created_at > ?").bind(0).first();  // quiet: answered from the partial index, only matching rows are read
    const theirs = await customerTotal(env.DB, "c2");
    const today = await new GalleryService(env.DB).postedSince(Date.now() - 86_400_000);
    return Response.json({ mine, countries, recentOpen, theirs, today });
  },
  // quiet: a nightly count from a cron trigger is fine
  async scheduled(controller: ScheduledController, env: Env) {
    await env.DB.prepare("SELECT COUNT(*) FROM orders").first();
  },
} satisfies ExportedHandler<Env>;
