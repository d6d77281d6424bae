import { chosen, featured, ranked } from "./featured";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    // expect: d1/temp-btree-sort
    const top = await env.DB.prepare("SELECT id FROM orders WHERE customer_id = ? ORDER BY total DESC LIMIT 10").bind("c1").all();
    // expect: d1/temp-btree-sort contains: orders by RANDOM()
    const pick = await env.DB.prepare("SELECT id FROM orders WHERE status = 'open' ORDER BY RANDOM() LIMIT 3").all();
    // a ranking computed per row: every customer's orders are counted before the top 10 are kept
    // expect: d1/temp-btree-sort contains: orders by a subquery
    const loyal = await env.DB.prepare("SELECT id FROM customers ORDER BY (SELECT COUNT(*) FROM orders WHERE orders.customer_id = customers.id) DESC LIMIT 10").all();
    return Response.json({ top, pick, loyal, featured: await featured(env), ranked: await ranked(env, new URL(request.url).searchParams.get("sort") ?? ""), chosen: await chosen(env, new URL(request.url).searchParams.get("sort") ?? "") });
  },
} satisfies ExportedHandler<Env>;
