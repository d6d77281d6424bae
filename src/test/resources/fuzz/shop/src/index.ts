// The valid Worker the fuzz tests mutate.
interface Env {
  CACHE: KVNamespace;
  JOBS: Queue;
  DB: D1Database;
}

async function listOrders(env: Env, customer: string) {
  const { results } = await env.DB.prepare("SELECT * FROM orders WHERE status = ? ORDER BY created_at DESC").bind(customer).all();
  return results;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/orders") {
      const orders = await listOrders(env, url.searchParams.get("c") ?? "");
      for (const order of orders as { id: number }[]) {
        await env.JOBS.send({ id: order.id });
        await env.CACHE.get(`order:${order.id}`);
      }
      await env.CACHE.put("last-visit", String(Date.now()));
      return Response.json(orders);
    }
    const count = await env.DB.prepare("SELECT count(*) AS n FROM orders").first<{ n: number }>();
    return new Response(`orders: ${count?.n ?? 0}`);
  },

  async queue(batch: MessageBatch<{ id: number }>, env: Env) {
    for (const message of batch.messages) {
      await env.DB.prepare("UPDATE orders SET status = 'sent' WHERE id = ?").bind(message.body.id).run();
      message.ack();
    }
  },
};
