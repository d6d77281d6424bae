import { Hono } from "hono";
import { cors } from "hono/cors";
import { routeAgentRequest } from "agents";
import { summarize } from "./summarize";
export { Assistant } from "./assistant";
export { Reporter } from "./reporter";

const app = new Hono<{ Bindings: Env }>();
app.use("*", cors());

// an image generator open to the world: CORS is not authentication
app.post("/api/images", async (c) => {
  const { prompt } = await c.req.json<{ prompt: string }>();
  // expect: abuse/unauthenticated-expensive-route contains: route POST /api/images
  const image = await c.env.AI.run("@cf/bytedance/stable-diffusion-xl-lightning", { prompt });
  return new Response(image, { headers: { "content-type": "image/png" } });
});

// anonymous uploads: any file, any size, a new key per call, kept forever
app.put("/api/files/:name", async (c) => {
  const key = `${crypto.randomUUID()}-${c.req.param("name")}`;
  // expect: abuse/unauthenticated-expensive-route contains: writes an R2 object
  await c.env.UPLOADS.put(key, c.req.raw.body);
  return c.json({ key });
});

// the paid call sits in a helper module: the finding points at the route
// expect: abuse/unauthenticated-expensive-route contains: calls a paid API on the owner's key
app.post("/api/summaries", async (c) => c.json(await summarize(c.env, await c.req.text())));

// the model runs in a Durable Object method the route calls through a stub: the route is still the way in
// expect: abuse/unauthenticated-expensive-route contains: route POST /api/reports/:id
app.post("/api/reports/:id", async (c) => {
  const reporter = c.env.Reporter.get(c.env.Reporter.idFromName(c.req.param("id")));
  return c.json({ draft: await reporter.draft(await c.req.text()) });
});

// the token reaches the fetch as a helper's parameter; the finding names the route, not the helper
// expect: abuse/unauthenticated-expensive-route contains: route POST /api/search
app.post("/api/search", async (c) => {
  const results = await searchWeb(c.env.SEARCH_API_KEY, c.req.query("q") ?? "");
  return c.json({ count: results.length });
});

// a search API billed per query on the owner's subscription
async function searchWeb(token: string, query: string): Promise<unknown[]> {
  const response = await fetch(`https://api.search.brave.com/res/v1/web/search?q=${encodeURIComponent(query)}`, {
    headers: { "X-Subscription-Token": token, "user-agent": "studio" },
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

// a same-origin check keeps other web pages out, not scripts: any client sends the Origin the check wants
app.post("/api/captions", async (c) => {
  const origin = c.req.header("Origin");
  if (origin !== new URL(c.req.url).origin) {
    return c.json({ error: "same-origin request required" }, 403);
  }
  // expect: abuse/unauthenticated-expensive-route contains: route POST /api/captions
  const caption = await c.env.AI.run("@cf/llava-hf/llava-1.5-7b-hf", { image: [...new Uint8Array(await c.req.arrayBuffer())] });
  return c.json(caption);
});

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext) {
    return (await routeAgentRequest(request, env)) ?? app.fetch(request, env, ctx);
  },
};
