import { Hono } from "hono";
import { render } from "./render";

type Env = { MODE: string; STRIPE_SECRET_KEY: string };
const app = new Hono<{ Bindings: Env }>();

app.get("/config", (c) => c.json({ mode: c.env.MODE })); // quiet: one var the client needs, not the env object

app.get("/status", (c) => c.json({ payments: Boolean(c.env.STRIPE_SECRET_KEY) })); // quiet: only whether a secret is set

app.get("/names", (c) => c.json(Object.keys(c.env))); // quiet: the names of the vars, not their values

app.get("/page", (c) => render(c.req.raw, c.env)); // quiet: env passed to a function that returns its own response

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    console.log(JSON.stringify({ path: new URL(request.url).pathname, mode: env.MODE })); // quiet: logged, one var
    return app.fetch(request, env, ctx);
  },
};
