import { Hono } from "hono";
import { weeklySummary } from "./summary";
import { memberOrRefusal } from "./access";

const app = new Hono<{ Bindings: Env }>();

// quiet: the model runs only when the one cached summary is missing (once per expiry, for every visitor)
app.get("/digest", async (c) => c.json(await weeklySummary(c.env)));

app.post("/ask", async (c) => {
  const member = await memberOrRefusal(c.req.raw, c.env);
  if (member instanceof Response) {
    return member;
  }
  const question = await c.req.text();
  // quiet: only a member gets here: the helper's 401 is returned before the model runs
  const answer = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: question });
  await c.env.DB.prepare("INSERT INTO questions (email, text) VALUES (?, ?)").bind(member.email, question).run();
  return c.json(answer);
});

app.post("/regenerate", async (c) => {
  if (c.req.query("key") !== c.env.REGENERATE_KEY) {
    return c.text("wrong key", 401);
  }
  // quiet: the route answers 401 to a caller without the operator's key before the model runs
  const out = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: "Regenerate the digest" });
  return c.json(out);
});

export default app;
