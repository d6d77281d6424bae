import { GalleryService } from "./gallery";
import { OrderListing } from "./listing";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    // expect: d1/unbounded-count contains: counts every row of `orders`
    const total = await env.DB.prepare("SELECT COUNT(*) AS n FROM orders").first();
    // a pager total over every order in a status: most of the table, read on every page view
    // expect: d1/unbounded-count contains: the filter does not pin one entity
    const open = await env.DB.prepare("SELECT count(*) AS n FROM orders WHERE status = ?").bind("shipped").first();
    await env.DB.prepare("INSERT INTO orders (id, customer_id, status, total, created_at) VALUES (?, ?, ?, ?, ?)").bind("o", "c", "open", 1, 0).run();
    const pending = await new OrderListing(env.DB).pendingTotal();
    const inStatus = await new OrderListing(env.DB).totalFor(new URL(request.url).searchParams.get("status"));
    const gallery = await new GalleryService(env.DB).publicTotal();
    return Response.json({ total, open, pending, inStatus, gallery });
  },
} satisfies ExportedHandler<Env>;
