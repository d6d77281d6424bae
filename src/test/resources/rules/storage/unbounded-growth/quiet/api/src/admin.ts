import { Hono } from "hono";

// mounted at /admin: editors publish posts, the blog's content by design
export const admin = new Hono<{ Bindings: Env }>();

admin.post("/posts", async (c) => {
  const { title, body } = await c.req.json<{ title: string; body: string }>();
  // quiet: an admin-only write of content meant to stay
  await c.env.DB.prepare("INSERT INTO posts (id, title, body) VALUES (?, ?, ?)").bind(crypto.randomUUID(), title, body).run();
  return c.json({ ok: true });
});
