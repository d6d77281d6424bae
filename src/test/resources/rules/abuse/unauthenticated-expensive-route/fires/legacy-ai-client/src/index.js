import { Ai } from "@cloudflare/ai";
import { Hono } from "hono";

const app = new Hono();

// the 2023 client: new Ai(binding) wraps the AI binding, and its run() is the binding's
app.post("/poem", async (c) => {
  const { topic } = await c.req.json();
  const ai = new Ai(c.env.AI);
  // expect: abuse/unauthenticated-expensive-route contains: route POST /poem
  const poem = await ai.run("@cf/meta/llama-3-8b-instruct", { prompt: `Write a poem about ${topic}` });
  return c.json(poem);
});

export default app;
