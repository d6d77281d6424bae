import { Hono } from "hono";
import { admin } from "./admin";
import { dispatch } from "./actions";
const app = new Hono<{ Bindings: Env }>();
app.route("/admin", admin);

// quiet: per-entity keys vary with the request
app.post("/track/:page", async (c) => {
  await c.env.CACHE.put(`visits:${c.req.param("page")}`, "1");
  return c.text("ok");
});

// quiet: the key starts empty and is set to the request's own name before the put
app.post("/draft", async (c) => {
  let key = "";
  key = `draft:${crypto.randomUUID()}`;
  await c.env.CACHE.put(key, await c.req.text(), { expirationTtl: 3600 });
  return c.text(key);
});

// quiet: a cache fill under one key is written when the cached copy has expired, not once per request
app.get("/rates", async (c) => {
  const cached = await c.env.CACHE.get("exchange-rates", "json");
  if (cached) return c.json(cached);
  const rates = await (await fetch("https://rates.example.com/latest", { signal: AbortSignal.timeout(2000) })).json();
  c.executionCtx.waitUntil(c.env.CACHE.put("exchange-rates", JSON.stringify(rates), { expirationTtl: 600 }));
  return c.json(rates);
});

// quiet: admin routes run rarely
app.post("/admin/settings", async (c) => {
  await c.env.CACHE.put("settings", await c.req.text());
  return c.text("saved");
});

export default {
  fetch: (request: Request, env: Env, ctx: ExecutionContext) =>
    new URL(request.url).pathname.startsWith("/legacy") ? handle(request, env)
      : new URL(request.url).pathname === "/rpc" ? dispatch(request, env) : app.fetch(request, env, ctx),
  // quiet: a cron writing a constant key once a minute is fine
  async scheduled(controller: ScheduledController, env: Env) {
    await env.CACHE.put("leaderboard", JSON.stringify(await buildLeaderboard(env)));
  },
};

async function buildLeaderboard(env: Env) {
  return (await env.DB.prepare("SELECT id, score FROM players ORDER BY score DESC LIMIT 10").all()).results;
}

// quiet: a plain handler's admin branch
export async function handle(request: Request, env: Env): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname.startsWith("/admin/")) {
    await env.CACHE.put("announcement", await request.text());
    return new Response("saved");
  }
  return new Response("hello");
}
