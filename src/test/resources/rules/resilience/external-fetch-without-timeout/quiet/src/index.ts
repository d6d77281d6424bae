import { Hono } from "hono";

const app = new Hono<{ Bindings: Env }>();

// quiet: a timeout in the init, with a fallback
app.get("/rates", async (c) => {
  try {
    const res = await fetch("https://rates.example-fx.com/v1/latest", { signal: AbortSignal.timeout(3000) });
    return c.json(await res.json());
  } catch {
    return c.json({ error: "rates unavailable" }, 503);
  }
});

// quiet: a controller armed with setTimeout in the same function
app.get("/search", async (c) => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const init = { signal: controller.signal };
  const res = await fetch("https://search.example.com/q?" + c.req.query("q"), init);
  clearTimeout(timer);
  return c.json(await res.json());
});

// quiet: the call raced against a timer
app.get("/weather", async (c) => {
  const timeout = new Promise<Response>((resolve) => setTimeout(() => resolve(new Response("{}")), 2000));
  const res = await Promise.race([fetch("https://weather.example.com/now"), timeout]);
  return c.json(await res.json());
});

// quiet: deferred: the response does not wait for it
app.post("/event", async (c) => {
  c.executionCtx.waitUntil(fetch("https://analytics.example.com/collect", { method: "POST", body: "{}" }));
  return c.body(null, 204);
});

// quiet: the init comes from the caller and may carry a signal
export async function call(url: string, init: RequestInit) {
  return fetch("https://api.example.com" + url, init);
}

// quiet: a model generation legitimately takes minutes
app.post("/chat", async (c) => {
  const res = await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: await c.req.text() });
  return new Response(res.body, res);
});

// quiet: a transparent proxy streams the client's request on: the client's own timeout bounds the wait
app.all("/files/*", async (c) => {
  const upstream = await fetch(`https://files.example.com/${c.req.param("*")}`, { method: c.req.method, headers: c.req.raw.headers, body: c.req.raw.body });
  return new Response(upstream.body, upstream);
});

// quiet: an identity provider's token endpoint during a login
app.get("/oauth/callback", async (c) => {
  const res = await fetch("https://github.com/login/oauth/access_token", { method: "POST" });
  return c.json(await res.json());
});

// quiet: served from the framework's data cache (Next.js force-cache): the origin is fetched once per revalidation
app.get("/docs", async (c) => {
  const res = await fetch("https://docs.example.org/index.json", { cache: "force-cache" });
  return c.json(await res.json());
});

// quiet: Next.js revalidates this one every five minutes
app.get("/news", async (c) => {
  const res = await fetch("https://news.example.org/top.json", { next: { revalidate: 300 } });
  return c.json(await res.json());
});

export default {
  fetch: app.fetch,
  // quiet: a cron job is not a request path
  async scheduled(_event: ScheduledController, env: Env) {
    const res = await fetch("https://feeds.example.com/daily.json");
    await env.CACHE.put("daily", await res.text(), { expirationTtl: 86400 });
  },
};
