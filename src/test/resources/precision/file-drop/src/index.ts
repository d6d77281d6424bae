import { Hono } from "hono";
import { requireSession, startSession } from "./session";
import { pruneOldDownloads } from "./retention";
export { DownloadLimiter } from "./limiter";

type AppEnv = { Bindings: Env; Variables: { owner: string } };
const app = new Hono<AppEnv>();

app.post("/session", async (c) => c.json({ token: await startSession(c.env, await c.req.json<{ email: string }>()) }));

app.use("/drops/*", requireSession);

// Uploads stream into R2; KV and D1 keep only small metadata.
app.post("/drops", async (c) => {
  const id = crypto.randomUUID();
  const size = Number(c.req.header("content-length") ?? 0);
  await c.env.FILES.put(`drops/${id}`, c.req.raw.body, { httpMetadata: { contentType: c.req.header("content-type") } });
  await c.env.DB.prepare("INSERT INTO drops (id, owner, object_key, size, created_at) VALUES (?, ?, ?, ?, ?)")
    .bind(id, c.get("owner"), `drops/${id}`, size, Date.now())
    .run();
  // a short-lived preview hint: expires on its own
  await c.env.META.put(`preview:${id}`, JSON.stringify({ size }), { expirationTtl: 3600 });
  return c.json({ id }, 201);
});

app.delete("/drops/:id", async (c) => {
  await c.env.DB.prepare("DELETE FROM drops WHERE id = ? AND owner = ?").bind(c.req.param("id"), c.get("owner")).run();
  await c.env.FILES.delete(`drops/${c.req.param("id")}`);
  return c.body(null, 204);
});

app.get("/d/:id", async (c) => {
  const id = c.req.param("id");
  const limiter = c.env.LIMITER.get(c.env.LIMITER.idFromName(id));
  if (!(await limiter.allow(c.req.header("cf-connecting-ip") ?? "unknown"))) {
    return c.text("slow down", 429);
  }
  const object = await c.env.FILES.get(`drops/${id}`);
  if (!object) {
    return c.notFound();
  }
  c.executionCtx.waitUntil(c.env.DB.batch([
    c.env.DB.prepare("UPDATE drops SET downloads = downloads + 1 WHERE id = ?").bind(id),
    // one row per download, kept 30 days by the cron below
    c.env.DB.prepare("INSERT INTO download_log (drop_id, at) VALUES (?, ?)").bind(id, Date.now()),
  ]));
  return new Response(object.body);
});

// The old paste endpoint kept for a legacy client: it still writes the whole body into KV under a fresh key.
app.post("/legacy/paste", async (c) => {
  // expect: abuse/unauthenticated-expensive-route
  // expect: storage/unbounded-growth
  // expect: kv/large-values contains: the request body
  await c.env.META.put(`paste:${Date.now()}:${Math.random().toString(36).slice(2)}`, c.req.raw.body);
  return c.text("stored", 201);
});

export default {
  fetch: app.fetch,
  async scheduled(_controller: ScheduledController, env: Env) {
    await pruneOldDownloads(env);
  },
};
