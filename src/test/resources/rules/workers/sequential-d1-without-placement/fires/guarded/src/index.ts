import { Hono } from "hono";

type Env = { Bindings: { DB: D1Database } };
const app = new Hono<Env>();

// the early returns hold no query: every order view that gets past them makes three round trips in a row
app.get("/orders/:id", async (c) => {
  if (!c.req.header("cookie")) {
    return c.text("sign in first", 401);
  }
  const id = c.req.param("id");
  // expect: workers/sequential-d1-without-placement contains: awaits 3 D1 queries one after another
  const order = await c.env.DB.prepare("SELECT id, customer FROM orders WHERE id = ?").bind(id).first();
  if (!order) {
    return c.notFound();
  }
  const items = await c.env.DB.prepare("SELECT sku FROM order_items WHERE order_id = ?").bind(id).all();
  const payments = await c.env.DB.prepare("SELECT amount FROM payments WHERE order_id = ?").bind(id).all();
  return c.json({ order, items: items.results, payments: payments.results });
});

export default app;
