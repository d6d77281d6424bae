import { Hono } from "hono";
import { basicAuth } from "hono/basic-auth";
import { createRequestHandler } from "react-router";

const handle = createRequestHandler(() => import("virtual:react-router/server-build"), import.meta.env.MODE);

// the whole site is private: every request needs the team's password before React Router sees it
class Site {
  private app = new Hono<{ Bindings: Env }>();

  constructor() {
    this.app.use(async (c, next) => basicAuth({ username: c.env.WIKI_USER, password: c.env.WIKI_PASSWORD })(c, next));
    this.app.use(async (c) => handle(c.req.raw, { cloudflare: { env: c.env, ctx: c.executionCtx } }));
  }

  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    return this.app.fetch(request, env, ctx);
  }
}

const site = new Site();
export default { fetch: (request: Request, env: Env, ctx: ExecutionContext) => site.fetch(request, env, ctx) };
