import { Hono } from "hono";

// mounted at /admin by index.ts: its routes are administrative, not the hot path
export const admin = new Hono<{ Bindings: Env }>();

admin.post("/maintenance", async (c) => {
  await c.env.CACHE.put("maintenance-mode", "on");
  return c.text("ok");
});
