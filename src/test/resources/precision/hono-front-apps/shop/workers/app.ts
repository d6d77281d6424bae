import { Hono } from "hono";
import { basicAuth } from "hono/basic-auth";
import { createRequestHandler } from "react-router";

const handle = createRequestHandler(() => import("virtual:react-router/server-build"), import.meta.env.MODE);
const app = new Hono<{ Bindings: Env }>();

// only the back office is private; the storefront's pages and actions are open to everyone
app.use("/admin/*", async (c, next) => basicAuth({ username: c.env.ADMIN_USER, password: c.env.ADMIN_PASSWORD })(c, next));
app.all("*", (c) => handle(c.req.raw, { cloudflare: { env: c.env, ctx: c.executionCtx } }));

export default app;
