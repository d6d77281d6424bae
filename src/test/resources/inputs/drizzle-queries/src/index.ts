import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { and, count, desc, eq, inArray, like, sql } from "drizzle-orm";
import { instrumentD1 } from "@example/tracing";
import * as schema from "./db/schema";

type Env = { DB: D1Database };
const app = new Hono<{ Bindings: Env }>();

// a factory returning the ORM, over a binding wrapped by a tracing library
const orm = (c: { env: Env }) => drizzle(instrumentD1(c.env.DB), { schema });

app.get("/feed", async (c) => {
  const q = c.req.query("q");
  const filters = [eq(schema.posts.status, "published")];
  if (q) {
    filters.push(like(schema.posts.title, `%${q}%`));
  }
  const pro = orm(c).select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.plan, "pro"));
  const rows = await orm(c).select({ id: schema.posts.id, email: schema.users.email })
    .from(schema.posts)
    .innerJoin(schema.users, eq(schema.posts.authorId, schema.users.id))
    .where(and(...filters, inArray(schema.posts.authorId, pro)))
    .orderBy(desc(schema.posts.createdAt))
    .limit(20);
  return c.json(rows);
});

app.get("/posts/:id", async (c) => {
  const post = await orm(c).query.posts.findFirst({
    where: (p, { eq }) => eq(p.id, Number(c.req.param("id"))),
    with: { author: { columns: { email: true } }, comments: true },
  });
  return c.json(post);
});

app.get("/stats", async (c) => {
  const [{ n }] = await orm(c).select({ n: count() }).from(schema.posts).where(eq(schema.posts.status, "published"));
  const mine = await orm(c).$count(schema.posts, eq(schema.posts.authorId, 1));
  const recent = await orm(c).select().from(schema.posts).where(sql`lower(${schema.posts.title}) = ${"x"}`).orderBy(sql`${schema.posts.createdAt} desc`);
  return c.json({ n, mine, recent });
});

app.get("/by-author", async (c) => {
  // a filter on the outer-joined table keeps matched rows only: planned as inner joins
  const filtered = await orm(c).select({ id: schema.posts.id }).from(schema.posts)
    .leftJoin(schema.users, eq(schema.users.id, schema.posts.authorId))
    .where(eq(schema.users.email, "a@b.c"));
  // no filter on it: the outer join stays
  const all = await orm(c).select({ id: schema.posts.id, email: schema.users.email }).from(schema.posts)
    .leftJoin(schema.users, eq(schema.users.id, schema.posts.authorId)).limit(10);
  return c.json({ filtered, all });
});

export default app;
