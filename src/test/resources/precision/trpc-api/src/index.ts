import { Hono } from "hono";
import { trpcServer } from "@hono/trpc-server";
import { drizzle } from "drizzle-orm/d1";
import { appRouter } from "./routers";

export type Env = { DB: D1Database; AI: Ai };

const app = new Hono<{ Bindings: Env }>();

app.use(
  "/trpc/*",
  trpcServer({
    router: appRouter,
    createContext: (_opts, c) => ({ env: c.env, db: drizzle(c.env.DB), userId: c.req.header("x-user-id") ?? null }),
  }),
);

export default app;
