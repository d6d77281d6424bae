import { Ai } from "@cloudflare/ai";
import type { Context } from "hono";

// the first Workers AI client wraps the binding: its run() is the binding's
export async function summary(c: Context<{ Bindings: { AI: unknown } }>) {
  const ai = new Ai(c.env.AI);
  return c.json(await ai.run("@cf/meta/llama-3-8b-instruct", { prompt: "Summarise the hit counts" }));
}
