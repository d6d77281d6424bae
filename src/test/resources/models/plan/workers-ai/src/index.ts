import { Hono } from "hono";

type Env = { AI: Ai };

const app = new Hono<{ Bindings: Env }>();

app.post("/chat", async (c) => {
  const { prompt } = await c.req.json<{ prompt: string }>();
  return c.json(await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct-fp8-fast", { prompt }));
});

app.post("/embed", async (c) => {
  const { text } = await c.req.json<{ text: string }>();
  return c.json(await c.env.AI.run("@cf/baai/bge-base-en-v1.5", { text: [text] }));
});

export default app;
