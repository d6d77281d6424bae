import type { Context, Next } from "hono";

export async function adminOnly(c: Context, next: Next) {
  if (c.req.header("Authorization") !== `Bearer ${c.env.SESSION_SECRET}`) {
    return c.text("forbidden", 403);
  }
  await next();
}
