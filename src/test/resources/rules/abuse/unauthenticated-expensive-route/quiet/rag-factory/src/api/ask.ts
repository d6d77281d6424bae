import { CloudflareKVCache } from "@langchain/cloudflare";
import { createApp, type Bindings } from "../app";

export const askApp = createApp();

// quiet: LangChain's KV cache class runs no model; only its model classes are a provider's bill
const cache = (env: Bindings) => new CloudflareKVCache(env.ANSWERS);

askApp.get("/cached", async (c) => {
  const hit = await cache(c.env).lookup(c.req.query("q") ?? "", "docs");
  return c.json({ hit: hit ?? null });
});

// quiet: the route answers 401 without the team's key before the model runs
askApp.post("/summarise", async (c) => {
  if (c.req.header("x-team-key") !== "expected") return c.text("unauthorized", 401);
  const { text } = await c.req.json<{ text: string }>();
  const out = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise: ${text}` });
  return c.json(out);
});
