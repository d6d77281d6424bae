import { Hono } from "hono";

const app = new Hono<{ Bindings: Env }>();

// the public product page records each view, then shows how many people viewed it
app.get("/products/:id", async (c) => {
  const id = c.req.param("id");
  const viewer = c.req.header("cf-connecting-ip") ?? "anonymous";
  await c.env.DB.prepare("INSERT INTO product_views (id, product_id, viewer_hash, viewed_at) VALUES (?, ?, ?, ?)")
    .bind(crypto.randomUUID(), id, viewer, Date.now()).run();
  // every view ever made of the product is read again on each view: the log only grows
  // expect: d1/unbounded-count contains: adds a row each time it is served
  const views = await c.env.DB.prepare("SELECT COUNT(DISTINCT viewer_hash) AS n FROM product_views WHERE product_id = ?").bind(id).first();
  const product = await c.env.DB.prepare("SELECT id, title FROM products WHERE id = ?").bind(id).first();
  return c.json({ product, views });
});

export default app;
