import { Hono } from "hono";
import { dispatch } from "./actions";
const app = new Hono<{ Bindings: Env }>();
const LAST_SEEN = "last-seen";

app.post("/track", async (c) => {
  const n = Number((await c.env.CACHE.get("visits")) ?? 0);
  // expect: kv/constant-key-write contains: constant key "visits"
  await c.env.CACHE.put("visits", String(n + 1));
  // expect: kv/constant-key-write
  c.executionCtx.waitUntil(c.env.CACHE.put(LAST_SEEN, new Date().toISOString()));
  return c.text("ok");
});

// a read of the key that is not a cache lookup: its value is updated and written back on every request
app.get("/rates", async (c) => {
  const seen = (await c.env.CACHE.get("rates-requests", "json")) as { count: number } | null;
  // expect: kv/constant-key-write
  await c.env.CACHE.put("rates-requests", JSON.stringify({ count: (seen?.count ?? 0) + 1 }));
  return c.text("ok");
});

app.post("/rpc", (c) => dispatch(c.req.raw, c.env));

export default app;
