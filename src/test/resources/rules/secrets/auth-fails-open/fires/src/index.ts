import { Hono } from "hono";
import { receiveEvent } from "./events";
import { davAuthorised } from "./dav";

type Env = {
  FILES: R2Bucket;
  EVENTS: KVNamespace;
  ADMIN_PASSWORD: string;
  SYNC_TOKEN: string;
  WEBHOOK_SECRET: string;
  DAV_USER: string;
  DAV_PASSWORD: string;
};

const app = new Hono<{ Bindings: Env }>();

// admin login is "optional": with no password configured the whole admin area is open
app.use("/admin/*", async (c, next) => {
  // expect: secrets/auth-fails-open contains: `ADMIN_PASSWORD` is not set
  if (!c.env.ADMIN_PASSWORD) {
    return next();
  }
  if (c.req.header("x-admin-password") !== c.env.ADMIN_PASSWORD) {
    return c.text("forbidden", 403);
  }
  await next();
});

app.delete("/admin/files/:name", async (c) => {
  await c.env.FILES.delete(c.req.param("name"));
  return c.text("deleted");
});

app.post("/sync", async (c) => {
  const token = c.req.header("x-sync-token");
  // expect: secrets/auth-fails-open contains: `SYNC_TOKEN`
  if (c.env.SYNC_TOKEN && token !== c.env.SYNC_TOKEN) {
    return c.json({ error: "bad token" }, 401);
  }
  await c.env.FILES.put(`sync/${crypto.randomUUID()}`, await c.req.text());
  return c.text("ok");
});

app.post("/events", (c) => receiveEvent(c.req.raw, c.env));

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (new URL(request.url).pathname.startsWith("/dav/")) {
      if (!davAuthorised(request.headers.get("Authorization") ?? "", env.DAV_USER, env.DAV_PASSWORD)) {
        return new Response("login required", { status: 401, headers: { "WWW-Authenticate": 'Basic realm="files"' } });
      }
      const object = await env.FILES.get(new URL(request.url).pathname.slice(5));
      return new Response(object?.body ?? null, { status: object ? 200 : 404 });
    }
    return app.fetch(request, env, ctx);
  },
};
