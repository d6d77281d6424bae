import { Hono } from "hono";
const app = new Hono<{ Bindings: Env }>();

app.get("/files", async (c) => c.json(await listAll(c.env)));

app.get("/feed", async (c) => {
  const res = await fetch("https://example.com/feed.json");
  return c.json(await res.json());
});

export default {
  fetch: app.fetch,
  // quiet: fan-out in a queue consumer is where it belongs
  async queue(batch: MessageBatch<{ url: string }>, env: Env) {
    for (const m of batch.messages) {
      await fetch(m.body.url);
    }
  },
};

// quiet: cursor pagination over R2 list() is one call per page, not per item
export async function listAll(env: Env) {
  let cursor: string | undefined;
  const keys: string[] = [];
  do {
    const page = await env.BUCKET.list({ cursor });
    keys.push(...page.objects.map((o) => o.key));
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return keys;
}

// quiet: a fixed, short list of upstreams is bounded by the code, not by the request
app.get("/health", async (c) => {
  const upstreams = ["https://a.example.com/health", "https://b.example.com/health", "https://c.example.com/health"];
  const results = await Promise.all(upstreams.map((u) => fetch(u)));
  for (const region of ["eu", "us"]) {
    await fetch(`https://${region}.example.com/ping`);
  }
  return c.json(results.map((r) => r.status));
});
