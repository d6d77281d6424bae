import { Hono } from "hono";
import { Ai } from "./canned";

const app = new Hono();

// the project's own Ai class shares the name, not the package: its run() answers from a table
app.post("/poem", async (c) => {
  const { topic } = await c.req.json();
  const ai = new Ai(c.env.AI);
  // quiet: a canned answer, no model runs
  const poem = await ai.run("@cf/meta/llama-3-8b-instruct", { prompt: `Write a poem about ${topic}` });
  return c.json(poem);
});

export default app;
