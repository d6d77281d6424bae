import { Hono } from "hono";
import { confirmOperator } from "./operator";

const app = new Hono<{ Bindings: Env }>();

app.post("/rewrite", async (c) => {
  await confirmOperator(c);
  // quiet: confirmOperator throws a 403 for anyone without the passphrase, which ends the request here
  const out = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: await c.req.text() });
  return c.json(out);
});

export default app;
