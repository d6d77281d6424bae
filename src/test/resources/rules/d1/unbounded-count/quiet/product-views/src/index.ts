import { Hono } from "hono";

const app = new Hono<{ Bindings: Env }>();

// the public product page records each view, then shows how many people viewed it this month
app.get("/products/:id", async (c) => {
  const id = c.req.param("id");
  const viewer = c.req.header("cf-connecting-ip") ?? "anonymous";
  await c.env.DB.prepare("INSERT INTO product_views (id, product_id, viewer_hash, viewed_at) VALUES (?, ?, ?, ?)")
    .bind(crypto.randomUUID(), id, viewer, Date.now()).run();
  // quiet: the nightly job below drops views older than 30 days: the count reads one month of a product's views at most
  const views = await c.env.DB.prepare("SELECT COUNT(DISTINCT viewer_hash) AS n FROM product_views WHERE product_id = ?").bind(id).first();
  // quiet: likes are added by a POST and removed on unlike: one row per person who likes it now, not per page view
  const likes = await c.env.DB.prepare("SELECT COUNT(*) AS n FROM likes WHERE product_id = ?").bind(id).first();
  return c.json({ views, likes });
});

app.post("/products/:id/like", async (c) => {
  await c.env.DB.prepare("INSERT INTO likes (product_id, user_id) VALUES (?, ?)").bind(c.req.param("id"), c.req.header("x-user") ?? "").run();
  return c.body(null, 204);
});

app.delete("/products/:id/like", async (c) => {
  await c.env.DB.prepare("DELETE FROM likes WHERE product_id = ? AND user_id = ?").bind(c.req.param("id"), c.req.header("x-user") ?? "").run();
  return c.body(null, 204);
});

export default {
  fetch: app.fetch,
  async scheduled(_controller: ScheduledController, env: Env): Promise<void> {
    await env.DB.prepare("DELETE FROM product_views WHERE viewed_at < ?").bind(Date.now() - 30 * 86_400_000).run();
  },
} satisfies ExportedHandler<Env>;
