import { Hono } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import { routeAgentRequest } from "agents";
import { verifyWebhook } from "./webhook";
export { Assistant } from "./assistant";
export { Reporter } from "./reporter";
export { Reminders } from "./reminders";

const app = new Hono<{ Bindings: Env }>();

// quiet: every /api route is behind a bearer token
app.use("/api/*", async (c, next) => bearerAuth({ token: c.env.API_TOKEN })(c, next));

app.post("/api/images", async (c) => {
  const { prompt } = await c.req.json<{ prompt: string }>();
  const image = await c.env.AI.run("@cf/bytedance/stable-diffusion-xl-lightning", { prompt }); // quiet: behind bearerAuth
  return new Response(image, { headers: { "content-type": "image/png" } });
});

app.post("/api/reports/:id", async (c) => {
  const reporter = c.env.Reporter.get(c.env.Reporter.idFromName(c.req.param("id")));
  return c.json({ draft: await reporter.draft(await c.req.text()) }); // quiet: the stub call is behind bearerAuth too
});

// quiet: each call adds one reminder row, and the alarm deletes every row it has run
app.post("/remind/:user", async (c) => {
  const reminders = c.env.Reminders.get(c.env.Reminders.idFromName(c.req.param("user")));
  return reminders.fetch(c.req.raw);
});

// quiet: the same-origin check comes with a session check in the same condition
app.post("/captions", async (c) => {
  if (c.req.header("Origin") !== new URL(c.req.url).origin || !(await verifySession(c.req.header("Cookie")))) {
    return c.json({ error: "forbidden" }, 403);
  }
  return c.json(await c.env.AI.run("@cf/llava-hf/llava-1.5-7b-hf", { image: [...new Uint8Array(await c.req.arrayBuffer())] }));
});

async function verifySession(cookie: string | undefined): Promise<boolean> {
  return cookie !== undefined && cookie.includes("session=");
}

// quiet: a public demo, rate limited per client address before the model runs
app.post("/demo/chat", async (c) => {
  const { success } = await c.env.LIMITER.limit({ key: c.req.header("cf-connecting-ip") ?? "anon" });
  if (!success) return c.text("slow down", 429);
  return c.json(await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct-fp8-fast", { prompt: await c.req.text() }));
});

// quiet: a signed webhook; unsigned calls are refused before any work
app.post("/hooks/build", async (c) => {
  const body = await c.req.text();
  if (!(await verifyWebhook(c.env, c.req.header("x-hub-signature-256"), body))) return c.text("bad signature", 401);
  await c.env.UPLOADS.put(`builds/${crypto.randomUUID()}.json`, body);
  return c.text("ok");
});

// quiet: the chat platform posts updates to the URL registered with the bot token in it; other tokens are refused
app.post("/bot/:token/updates", async (c) => {
  if (c.req.param("token") !== c.env.BOT_TOKEN) return c.text("unknown bot", 404);
  const update = await c.req.json<{ message?: { text?: string } }>();
  return c.json(await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct-fp8-fast", { prompt: update.message?.text ?? "" }));
});

// quiet: a cache fill writes once per key, and presence entries expire
app.get("/pages/:slug", async (c) => {
  const key = `page:${c.req.param("slug")}`;
  const cached = await c.env.CACHE.get(key);
  if (cached) return c.html(cached);
  const html = `<h1>${c.req.param("slug")}</h1>`;
  await c.env.CACHE.put(key, html);
  await c.env.CACHE.put(`seen:${c.req.param("slug")}`, "1", { expirationTtl: 300 });
  await c.env.CACHE.put("last-visit", String(Date.now())); // quiet: one constant key, overwritten
  return c.html(html);
});

// quiet: the helper's parameter is a public base URL, not a secret: a public page fetch is not a paid call
app.get("/status", async (c) => c.json(await upstreamStatus(c.env.STATUS_PAGE_URL)));

async function upstreamStatus(base: string): Promise<unknown> {
  const response = await fetch(`${base}/api/v2/status.json`, { signal: AbortSignal.timeout(5_000) });
  return response.json();
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext) {
    // quiet: connections to agents are checked before any callable runs
    const routed = await routeAgentRequest(request, env, {
      onBeforeConnect: async (req) => (req.headers.get("authorization") === `Bearer ${env.API_TOKEN}` ? undefined : new Response(null, { status: 401 })),
    });
    return routed ?? app.fetch(request, env, ctx);
  },
};
