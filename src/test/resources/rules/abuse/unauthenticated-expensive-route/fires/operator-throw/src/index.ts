import { Hono } from "hono";
import { confirmOperator } from "./operator";

const app = new Hono<{ Bindings: Env }>();

app.post("/rewrite", async (c) => {
  try {
    await confirmOperator(c);
  } catch {
    console.log("not an operator, answering anyway"); // the 403 is swallowed
  }
  // expect: abuse/unauthenticated-expensive-route
  const out = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: await c.req.text() });
  return c.json(out);
});

export default app;
