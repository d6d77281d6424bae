import { Hono } from "hono";

type Env = { SESSIONS: KVNamespace; DB: D1Database };

const app = new Hono<{ Bindings: Env }>();

// runs before every /api route: one session read per request
app.use("/api/*", async (c, next) => {
  const session = await c.env.SESSIONS.get(`session:${c.req.header("x-session")}`);
  if (!session) return c.text("unauthorized", 401);
  await next();
});

app.get("/api/notes/:id", async (c) => {
  const note = await c.env.DB.prepare("SELECT body FROM notes WHERE id = ?").bind(c.req.param("id")).first();
  return c.json(note);
});

app.get("/health", (c) => c.text("ok"));

app.get("/admin/notes", async (c) => {
  const { results } = await c.env.DB.prepare("SELECT id FROM notes").all();
  return c.json(results);
});

export default app;
