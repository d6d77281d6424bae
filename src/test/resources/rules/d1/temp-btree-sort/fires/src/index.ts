import { featured } from "./featured";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    // expect: d1/temp-btree-sort
    const top = await env.DB.prepare("SELECT id FROM orders WHERE customer_id = ? ORDER BY total DESC LIMIT 10").bind("c1").all();
    // expect: d1/temp-btree-sort contains: orders by RANDOM()
    const pick = await env.DB.prepare("SELECT id FROM orders WHERE status = 'open' ORDER BY RANDOM() LIMIT 3").all();
    return Response.json({ top, pick, featured: await featured(env) });
  },
} satisfies ExportedHandler<Env>;
