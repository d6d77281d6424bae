import { Hono } from "hono";

const app = new Hono<{ Bindings: { CACHE: KVNamespace; CHAT_TOKEN: string } }>();

// The chat platform posts updates here and waits only for the status code: an awaited cache fill delays no person.
app.post("/chat/webhook", async (c) => {
  const { chat } = await c.req.json<{ chat: string }>();
  let admins: string[] | null = null;
  try {
    admins = JSON.parse((await c.env.CACHE.get(`admins:${chat}`)) ?? "null");
  } catch {
    admins = null;
  }
  if (admins === null || admins.length === 0) {
    const response = await fetch(`https://chat.example.com/admins?chat=${chat}`, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) return c.text("ok");
    admins = await response.json<string[]>();
    // quiet: a cache fill awaited on a webhook receiver
    await c.env.CACHE.put(`admins:${chat}`, JSON.stringify(admins), { expiration: Date.now() / 1000 + 120 });
  }
  return c.json({ admins: admins.length });
});

export default app;
