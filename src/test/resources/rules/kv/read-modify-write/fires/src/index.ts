import { Hono } from "hono";
import { NoteStore } from "./store";

const app = new Hono<{ Bindings: Env }>();

app.post("/notes/:user", async (c) => {
  const notes = await new NoteStore(c.env, c.req.param("user")).add(await c.req.text());
  return c.json(notes);
});

// A view counter per shared link: every view reads the record and writes it back.
app.get("/s/:id", async (c) => {
  const id = c.req.param("id");
  let record = await c.env.NOTES.getWithMetadata<{ views: number }>(id);
  if (!record.metadata) {
    record = { value: "", metadata: { views: 0 }, cacheStatus: null };
    // expect: kv/read-modify-write contains: (key id)
    await c.env.NOTES.put(id, "", { metadata: record.metadata });
  }
  record.metadata!.views += 1;
  // quiet: the same read written back a second time is one problem, reported once
  await c.env.NOTES.put(id, record.value ?? "", { metadata: record.metadata });
  return c.text(record.value ?? "");
});

// A conversation kept as one value per chat: a loading helper reads it, a slow model call runs, the whole list is written back.
async function loadHistory(env: Env, key: string): Promise<string[]> {
  const raw = await env.NOTES.get(key);
  return raw ? JSON.parse(raw) : [];
}

app.post("/chat/:chat", async (c) => {
  const historyKey = `history:${c.req.param("chat")}`;
  const history = await loadHistory(c.env, historyKey);
  const answer = await (await fetch("https://llm.example.com/v1/complete", { method: "POST", body: JSON.stringify(history) })).text();
  // expect: kv/read-modify-write contains: read at line
  await c.env.NOTES.put(historyKey, JSON.stringify([...history, answer]));
  return c.text(answer);
});

// A loading helper that builds the per-user key itself from the id it is given.
async function loadProfile(env: Env, userId: string): Promise<{ visits: number }> {
  return (await env.NOTES.get<{ visits: number }>(`profile:${userId}`, "json")) ?? { visits: 0 };
}

app.post("/visit/:user", async (c) => {
  const user = c.req.param("user");
  const profile = await loadProfile(c.env, user);
  profile.visits += 1;
  // expect: kv/read-modify-write contains: by loadProfile()
  await c.env.NOTES.put(`profile:${user}`, JSON.stringify(profile));
  return c.json(profile);
});

// A throttle kept in KV: the caller's last request time is read, and stamped again on every request that passes.
app.post("/ask", async (c) => {
  const caller = c.req.header("cf-connecting-ip") ?? "unknown";
  const last = await c.env.NOTES.get(`seen:${caller}`);
  if (last && Date.now() - Number(last) < 5000) {
    return c.text("Slow down", 429);
  }
  // expect: kv/read-modify-write contains: (key `seen:${caller}`)
  await c.env.NOTES.put(`seen:${caller}`, String(Date.now()), { expirationTtl: 60 });
  return c.text("ok");
});

export default app;
