import type { Env } from "../index";

export async function requireSession(env: Env, header: string | undefined) {
  const token = header?.replace("Bearer ", "") ?? "";
  const session = await env.SESSIONS.get(`session:${token}`, { type: "json", cacheTtl: 60 });
  if (!session) throw new Error("unauthorized");
  return session;
}
