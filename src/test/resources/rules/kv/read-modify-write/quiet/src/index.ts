import { Hono } from "hono";

const app = new Hono<{ Bindings: Env }>();

// A cache fill: the put runs only on a miss, with a TTL.
app.get("/weather/:city", async (c) => {
  const key = `weather:${c.req.param("city")}`;
  const hit = await c.env.NOTES.get(key);
  if (hit) return c.text(hit);
  const fresh = await (await fetch(`https://weather.example.com/${c.req.param("city")}`, { signal: AbortSignal.timeout(2000) })).text();
  await c.env.NOTES.put(key, fresh, { expirationTtl: 300 }); // quiet: cache fill on a miss
  return c.text(fresh);
});

// Reads and writes of the same key on different routes: the PUT replaces the value, it does not change one it read.
app.get("/profile/:user", async (c) => c.json(await c.env.NOTES.get(`profile:${c.req.param("user")}`, "json")));
app.put("/profile/:user", async (c) => {
  await c.env.NOTES.put(`profile:${c.req.param("user")}`, await c.req.text()); // quiet: a blind write, nothing read first
  return c.text("saved");
});

// A fresh random name checked to be free before its first put: the read is a presence test, nothing read is written back.
app.post("/snippets", async (c) => {
  let id = "";
  for (let attempt = 0; attempt < 5; attempt++) {
    id = crypto.randomUUID().slice(0, 8);
    if ((await c.env.NOTES.get(id)) === null) break;
  }
  await c.env.NOTES.put(id, await c.req.text(), { expirationTtl: 86400 }); // quiet: the get only checked the name was free
  return c.text(id, 201);
});

// A peek answered early and a save after it: one request reads the draft or writes it, never both.
app.post("/drafts/:id", async (c) => {
  const key = `draft:${c.req.param("id")}`;
  if (c.req.query("peek") !== undefined) {
    return c.text((await c.env.NOTES.get(key)) ?? "");
  }
  await c.env.NOTES.put(key, await c.req.text(), { expirationTtl: 86400 }); // quiet: the read's branch returns before the write
  return c.text("saved");
});

// An operator's edit of one record at human rate.
app.post("/admin/notes/:id/pin", async (c) => {
  const id = c.req.param("id");
  const note = await c.env.NOTES.get<{ pinned: boolean }>(id, "json");
  await c.env.NOTES.put(id, JSON.stringify({ ...note, pinned: true })); // quiet: admin-only path
  return c.text("pinned");
});

// A Durable Object serialises its own get/put: no lost update.
export class Counter {
  constructor(private state: DurableObjectState) {}
  async fetch(): Promise<Response> {
    const n = ((await this.state.storage.get<number>("n")) ?? 0) + 1;
    await this.state.storage.put("n", n); // quiet: Durable Object storage, not KV
    return new Response(String(n));
  }
}

export default app;

// Module helpers that take the key as a parameter: which keys they read and write is up to each caller.
export async function readSetting(env: Env, key: string): Promise<string | null> {
  return env.NOTES.get(key);
}
export async function writeSetting(env: Env, key: string, value: string): Promise<void> {
  await env.NOTES.put(key, value); // quiet: a parameter key in a separate helper is not the key read above
}
app.post("/slug/:owner", async (c) => {
  const banner = await readSetting(c.env, "banner");
  await writeSetting(c.env, `last-slug:${c.req.param("owner")}`, await c.req.text());
  return c.json({ banner });
});

// Loading helpers whose read is not the value written back.
async function loadJson(env: Env, key: string): Promise<string[] | null> {
  const raw = await env.NOTES.get(key);
  return raw ? JSON.parse(raw) : null;
}
app.get("/feed/:user", async (c) => {
  const key = `feed:${c.req.param("user")}`;
  const cached = await loadJson(c.env, key);
  if (cached) return c.json(cached);
  const fresh = [await (await fetch("https://feed.example.com/", { signal: AbortSignal.timeout(2000) })).text()];
  await c.env.NOTES.put(key, JSON.stringify(fresh), { expirationTtl: 60 }); // quiet: a cache fill on a miss of the helper's lookup
  return c.json(fresh);
});
app.post("/inbox/:user", async (c) => {
  const rules = await loadJson(c.env, `rules:${c.req.param("user")}`);
  await c.env.NOTES.put(`inbox:${c.req.param("user")}:${crypto.randomUUID()}`, JSON.stringify(rules), { expirationTtl: 86400 }); // quiet: the helper read another key
  return c.text("queued");
});

// A helper building its key from the id it is given, but under another prefix than the write's.
async function loadLimits(env: Env, userId: string): Promise<{ max: number } | null> {
  return env.NOTES.get<{ max: number }>(`limits:${userId}`, "json");
}
app.post("/quota/:user", async (c) => {
  const user = c.req.param("user");
  const limits = await loadLimits(c.env, user);
  await c.env.NOTES.put(`usage:${user}:${Date.now()}`, JSON.stringify(limits), { expirationTtl: 3600 }); // quiet: the helper read limits:, the write is usage:
  return c.text("ok");
});

// A cache-aside written with optional chaining (an env that may be missing in tests): still a lookup and its fill.
app.get("/motd/:lang", async (c) => {
  const key = `motd:${c.req.param("lang")}`;
  const hit = await c.env?.NOTES.get(key);
  if (hit) return c.text(hit);
  const fresh = await (await fetch("https://motd.example.com/", { signal: AbortSignal.timeout(2000) })).text();
  c.executionCtx.waitUntil(c.env?.NOTES.put(key, fresh, { expirationTtl: 300 })); // quiet: a cache fill behind an optional chain
  return c.text(fresh);
});
