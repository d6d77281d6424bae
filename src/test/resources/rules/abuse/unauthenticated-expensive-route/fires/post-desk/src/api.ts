import { Hono } from "hono";

const api = new Hono();

api.post("/posts/:id/title", async (c) => {
  const { body } = await c.req.json();
  // quiet: under /api/posts/*, which the guard sub-app checks
  const title = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Title for: ${body}` });
  return c.json(title);
});

api.post("/summaries", async (c) => {
  const { body } = await c.req.json();
  // expect: abuse/unauthenticated-expensive-route
  const summary = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise: ${body}` });
  return c.json(summary);
});

export default api;
