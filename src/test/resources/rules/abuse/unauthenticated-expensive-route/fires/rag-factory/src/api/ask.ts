import { CloudflareWorkersAIEmbeddings } from "@langchain/cloudflare";
import { createApp, type Bindings } from "../app";

export const askApp = createApp();

const embedder = (env: Bindings) =>
  new CloudflareWorkersAIEmbeddings({ binding: env.AI, modelName: "@cf/baai/bge-base-en-v1.5" });

// A sub-app made by the factory: its routes are the Worker's, open to anyone.
askApp.post("/ask", async (c) => {
  const { question } = await c.req.json<{ question: string }>();
  // expect: abuse/unauthenticated-expensive-route
  const vector = await embedder(c.env).embedQuery(question);
  return c.json({ dims: vector.length });
});

askApp.post("/summarise", async (c) => {
  const { text } = await c.req.json<{ text: string }>();
  // expect: abuse/unauthenticated-expensive-route
  const out = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise: ${text}` });
  return c.json(out);
});
