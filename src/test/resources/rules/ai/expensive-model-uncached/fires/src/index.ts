import { Hono } from "hono";
const app = new Hono<{ Bindings: Env }>();

app.post("/chat", async (c) => {
  const { prompt } = await c.req.json<{ prompt: string }>();
  // expect: ai/expensive-model-uncached contains: @cf/meta/llama-3.3-70b-instruct-fp8-fast
  const answer = await c.env.AI.run("@cf/meta/llama-3.3-70b-instruct-fp8-fast", { prompt });
  return c.json(answer);
});

export default app;
