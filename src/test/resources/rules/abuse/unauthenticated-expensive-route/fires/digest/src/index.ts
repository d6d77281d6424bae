import { Hono } from "hono";
import { pageSummary, tips } from "./summary";
import { memberOrRefusal } from "./access";

const app = new Hono<{ Bindings: Env }>();

// expect: abuse/unauthenticated-expensive-route
app.get("/summary", async (c) => c.text(await pageSummary(c.env, c.req.query("page") ?? "home")));

// expect: abuse/unauthenticated-expensive-route
app.get("/tips", async (c) => c.text(await tips(c.env)));

app.post("/ask", async (c) => {
  // the refusal is computed but not returned: the model still runs for anyone
  const member = await memberOrRefusal(c.req.raw, c.env);
  const question = await c.req.text();
  // expect: abuse/unauthenticated-expensive-route
  const answer = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: question });
  console.log("asked by", member instanceof Response ? "anonymous" : member.email);
  return c.json(answer);
});

app.post("/regenerate", async (c) => {
  // a refusal written in a callback the route never calls first is not a check
  const deny = () => c.text("wrong key", 401);
  console.log("deny is", typeof deny);
  // expect: abuse/unauthenticated-expensive-route
  const out = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: "Regenerate the digest" });
  return c.json(out);
});

export default app;
