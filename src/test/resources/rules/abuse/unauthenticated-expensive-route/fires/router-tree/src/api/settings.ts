import { Hono } from "hono";

const settings = new Hono<{ Bindings: Env }>();

settings.post("/model", async (c) => {
  // quiet: /api/admin/settings/model is under the key check of the API router
  const reply = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: "Say ready" });
  return c.json(reply);
});

export default settings;
