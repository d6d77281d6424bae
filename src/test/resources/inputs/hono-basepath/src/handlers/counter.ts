import type { Context } from "hono";
export const bump = async (c: Context<{ Bindings: { KV: KVNamespace } }>) => {
  const n = Number((await c.env.KV.get("hits")) ?? 0);
  await c.env.KV.put("hits", String(n + 1));
  return c.json({ n });
};
export async function listAll(c: Context) {
  const { keys } = await c.env.KV.list();
  return c.json(keys);
}
