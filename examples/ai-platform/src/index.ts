import { Hono } from "hono";

type Env = {
  DB: D1Database;
  CACHE: KVNamespace;
  FILES: R2Bucket;
  EMBEDDINGS: VectorizeIndex;
  AI: Ai;
  ANALYTICS: AnalyticsEngineDataset;
  JOBS: Queue;
  USER_SESSIONS: DurableObjectNamespace;
};

const app = new Hono<{ Bindings: Env }>();

app.get("/api/projects/:id", async (c) => {
  const id = c.req.param("id");
  const cached = await c.env.CACHE.get(`project:${id}`, "json");
  if (cached) return c.json(cached);
  const project = await c.env.DB.prepare("SELECT * FROM projects WHERE id = ?").bind(id).first();
  if (!project) return c.notFound();
  c.executionCtx.waitUntil(c.env.CACHE.put(`project:${id}`, JSON.stringify(project), { expirationTtl: 300 }));
  return c.json(project);
});

// Mistake: one query per project to load its owner (N+1); a JOIN or batch() would be one round trip.
app.get("/api/projects", async (c) => {
  const { results } = await c.env.DB.prepare("SELECT id, owner_id, name FROM projects ORDER BY created_at DESC LIMIT 50").all();
  const withOwners = [];
  for (const project of results) {
    const owner = await c.env.DB.prepare("SELECT id, name FROM users WHERE id = ?").bind(project.owner_id).first();
    withOwners.push({ ...project, owner });
  }
  return c.json(withOwners);
});

// Mistake: every chat message goes to a 70B model with no cache or AI Gateway in front.
app.post("/api/chat", async (c) => {
  const { message } = await c.req.json<{ message: string }>();
  const sessions = c.env.USER_SESSIONS.get(c.env.USER_SESSIONS.idFromName("all-sessions")); // Mistake: one object for everyone
  await sessions.touch(c.req.header("x-user-id") ?? "anonymous");
  const reply = await c.env.AI.run("@cf/meta/llama-3.3-70b-instruct-fp8-fast", { prompt: message });
  return c.json(reply);
});

app.post("/api/search", async (c) => {
  const { query } = await c.req.json<{ query: string }>();
  const embedding = await c.env.AI.run("@cf/baai/bge-base-en-v1.5", { text: [query] });
  const matches = await c.env.EMBEDDINGS.query(embedding.data[0], { topK: 10 });
  c.env.ANALYTICS.writeDataPoint({ blobs: ["search"], doubles: [matches.count] });
  return c.json(matches);
});

app.post("/api/jobs", async (c) => {
  const job = await c.req.json();
  await c.env.JOBS.send(job);
  return c.json({ queued: true }, 202);
});

export { UserSessionDO } from "./session";
export default app;
