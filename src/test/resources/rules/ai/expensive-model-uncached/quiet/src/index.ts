import { Hono } from "hono";
const app = new Hono<{ Bindings: Env }>();

app.post("/chat", async (c) => {
  const { prompt } = await c.req.json<{ prompt: string }>();
  const answer = await c.env.AI.run("@cf/meta/llama-3.3-70b-instruct-fp8-fast", { prompt }, { gateway: { id: "app", cacheTtl: 3600 } });  // quiet: the call goes through AI Gateway, which caches it
  return c.json(answer);
});

app.post("/summary", async (c) => {
  const { text } = await c.req.json<{ text: string }>();
  const key = `summary:${text.length}`;
  const cached = await c.env.CACHE.get(key);  // quiet: a KV read-through cache sits in front of the model
  if (cached) return c.text(cached);
  const out = await c.env.AI.run("@cf/meta/llama-3.3-70b-instruct-fp8-fast", { prompt: text });
  c.executionCtx.waitUntil(c.env.CACHE.put(key, JSON.stringify(out), { expirationTtl: 3600 }));
  return c.json(out);
});

// quiet: a cheap embedding model on the hot path is fine
app.post("/embed", async (c) => {
  const { text } = await c.req.json<{ text: string }>();
  return c.json(await c.env.AI.run("@cf/baai/bge-small-en-v1.5", { text: [text] }));
});



// quiet: a conversation with history is rarely repeated verbatim; caching would not help
app.post("/conversation", async (c) => {
  const { messages } = await c.req.json<{ messages: { role: string; content: string }[] }>();
  return c.json(await c.env.AI.run("@cf/meta/llama-3.3-70b-instruct-fp8-fast", { messages }));
});
export default app;
