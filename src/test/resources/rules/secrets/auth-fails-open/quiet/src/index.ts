import { Hono } from "hono";
import { davRequest } from "./dav";
import { mirror } from "./mirror";

type Env = {
  FILES: R2Bucket;
  API_TOKEN: string;
  ERROR_REPORT_KEY: string;
  DAV_USER: string;
  DAV_PASSWORD: string;
  UPSTREAM_USER: string;
  UPSTREAM_PASSWORD: string;
};

const app = new Hono<{ Bindings: Env }>();

// error reporting is optional: without its key the middleware only passes the request on
app.use("*", async (c, next) => {
  if (!c.env.ERROR_REPORT_KEY) return next(); // quiet: telemetry skipped, not an authentication check
  try {
    await next();
  } catch (err) {
    c.executionCtx.waitUntil(fetch("https://errors.example.com/report", { method: "POST", body: String(err) }));
    throw err;
  }
});

app.post("/upload", async (c) => {
  const token = c.req.header("x-api-token");
  // quiet: API_TOKEN is declared in secrets.required, so a deploy without it fails
  if (c.env.API_TOKEN && token !== c.env.API_TOKEN) {
    return c.json({ error: "bad token" }, 401);
  }
  await c.env.FILES.put(`uploads/${crypto.randomUUID()}`, c.req.raw.body);
  return c.text("ok");
});

app.get("/mirror", (c) => mirror(c.env));

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (new URL(request.url).pathname.startsWith("/dav/")) {
      return davRequest(request, env);
    }
    return app.fetch(request, env, ctx);
  },
};
