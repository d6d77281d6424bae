import type { Context, Next } from "hono";

/** Sessions live in KV with a TTL: nothing to clean up by hand. */
export async function startSession(env: Env, body: { email: string }): Promise<string> {
  const token = crypto.randomUUID();
  await env.SESSIONS.put(`session:${token}`, body.email, { expirationTtl: 7 * 24 * 3600 });
  return token;
}

export async function requireSession(c: Context<{ Bindings: Env; Variables: { owner: string } }>, next: Next) {
  const token = c.req.header("authorization")?.replace("Bearer ", "") ?? "";
  const owner = await c.env.SESSIONS.get(`session:${token}`);
  if (!owner) {
    return c.text("unauthorized", 401);
  }
  c.set("owner", owner);
  await next();
}
