import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { desc, eq } from "drizzle-orm";
import { products } from "./schema";

type Env = { DB: D1Database };
const app = new Hono<{ Bindings: Env }>();

app.get("/products", async (c) => {
  // every product, every request: the list grows with the table
  // expect: d1/unbounded-result contains: has no LIMIT
  const { results } = await c.env.DB.prepare("SELECT id, title FROM products ORDER BY created_at DESC").all();
  return c.json(results);
});

app.get("/catalog", async (c) => {
  const db = drizzle(c.env.DB);
  // expect: d1/unbounded-result
  const rows = await db.select({ id: products.id, title: products.title }).from(products);
  return c.json(rows);
});

app.get("/published", async (c) => {
  const db = drizzle(c.env.DB);
  const limit = Number(c.req.query("limit") ?? 20);
  // the page size is whatever the caller asks for
  // expect: d1/unbounded-result contains: takes its LIMIT from the query string with no cap
  const rows = await db.select({ id: products.id }).from(products).where(eq(products.status, "published")).orderBy(desc(products.createdAt)).limit(limit);
  return c.json(rows);
});

app.post("/products", async (c) => {
  await drizzle(c.env.DB).insert(products).values({ ownerId: "o", title: "t", status: "draft", createdAt: Date.now() });
  return c.body(null, 201);
});

export default app;
