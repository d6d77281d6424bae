import { Hono } from "hono";

const api = new Hono();

api.post("/posts/:id/title", async (c) => {
  const { body } = await c.req.json();
  // quiet: served at /api/posts/:id/title, under the /api/posts/* the guard sub-app checks
  const title = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Title for: ${body}` });
  return c.json(title);
});

export default api;
