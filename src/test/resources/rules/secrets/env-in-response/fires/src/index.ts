import { Hono } from "hono";
import { adminOnly } from "./admin";

type Env = { MODE: string; STRIPE_SECRET_KEY: string; SESSION_SECRET: string };
const app = new Hono<{ Bindings: Env }>();

// a debugging route left in: every var and secret goes to whoever asks
app.get("/debug/config", (c) => {
  // expect: secrets/env-in-response contains: anyone calling
  return c.json({ ok: true, mode: c.env.MODE, env: c.env });
});

app.get("/debug/process", () => {
  const dump = JSON.stringify(process.env, null, 2);
  // expect: secrets/env-in-response
  return new Response(dump, { headers: { "content-type": "application/json" } });
});

app.get("/admin/vars", adminOnly, (c) => {
  // expect: secrets/env-in-response contains: passes its authentication
  return c.json({ ...c.env });
});

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    if (new URL(request.url).pathname === "/health") {
      // expect: secrets/env-in-response
      return Response.json({ status: "up", config: env });
    }
    return app.fetch(request, env, ctx);
  },
};
