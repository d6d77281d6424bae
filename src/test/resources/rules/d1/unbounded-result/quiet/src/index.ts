import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { desc, eq } from "drizzle-orm";
import { products } from "./schema";

type Env = { DB: D1Database };
const app = new Hono<{ Bindings: Env }>();

app.get("/products", async (c) => {
  const { results } = await c.env.DB.prepare("SELECT id, title FROM products ORDER BY created_at DESC LIMIT 50").all();  // quiet: a LIMIT the server chooses
  const mine = await c.env.DB.prepare("SELECT id, title FROM products WHERE owner_id = ?").bind("o1").all();  // quiet: one owner's rows, pinned to an entity
  const currencies = await c.env.DB.prepare("SELECT code, name FROM currencies").all();  // quiet: a seeded lookup table the code never writes
  const total = await c.env.DB.prepare("SELECT count(*) AS n FROM products WHERE owner_id = ?").bind("o1").first();  // quiet: an aggregate returns one row
  return c.json({ results, mine, currencies, total });
});

app.get("/published", async (c) => {
  const db = drizzle(c.env.DB);
  const limit = Math.min(Number(c.req.query("limit") ?? 20), 100);
  const rows = await db.select({ id: products.id }).from(products).where(eq(products.status, "published")).orderBy(desc(products.createdAt)).limit(limit);  // quiet: the requested page size is capped
  return c.json(rows);
});

app.post("/products", async (c) => {
  await drizzle(c.env.DB).insert(products).values({ ownerId: "o", title: "t", status: "draft", createdAt: Date.now() });
  return c.body(null, 201);
});

export default {
  fetch: app.fetch,
  // quiet: a nightly export reads every row by design, off the request path
  async scheduled(controller: ScheduledController, env: Env) {
    await env.DB.prepare("SELECT id, title FROM products").all();
  },
};
