import { Hono } from "hono";
import { recordSignup } from "./signups";
export { Room } from "./room";

const app = new Hono<{ Bindings: Env }>();

// Every page view leaves one KV key named by a fresh id; nothing expires or deletes them.
app.get("/p/:slug", async (c) => {
  const slug = c.req.param("slug");
  // expect: storage/unbounded-growth contains: grows by one key per call
  await c.env.EVENTS.put(`view:${slug}:${crypto.randomUUID()}`, JSON.stringify({ at: Date.now(), ua: c.req.header("user-agent") }));
  return c.text(slug);
});

// Every webhook delivery is kept under a key named by the time it arrived.
app.post("/webhooks/stripe", async (c) => {
  // expect: storage/unbounded-growth contains: grows by one key per call
  await c.env.EVENTS.put("hook:" + Date.now() + ":" + Math.random(), await c.req.text());
  return c.body(null, 202);
});

// Every login attempt is logged and the table is never pruned.
app.post("/login", async (c) => {
  const { email } = await c.req.json<{ email: string }>();
  const ip = c.req.header("cf-connecting-ip");
  // expect: storage/unbounded-growth contains: appends a row to `login_attempts` per call
  await c.env.DB.prepare("INSERT INTO login_attempts (email, ip, attempted_at) VALUES (?, ?, ?)").bind(email, ip, Date.now()).run();
  return c.json({ ok: true });
});

app.post("/signup", async (c) => {
  await recordSignup(c.env.DB, (await c.req.json<{ email: string }>()).email);
  return c.body(null, 201);
});

app.get("/rooms/:id", async (c) => {
  const stub = c.env.ROOM.get(c.env.ROOM.idFromName(c.req.param("id")));
  return stub.fetch(c.req.raw);
});

export default {
  fetch: app.fetch,
  // A delivery log written by the consumer: background work, so low severity.
  async queue(batch: MessageBatch<{ orderId: string }>, env: Env) {
    for (const message of batch.messages) {
      // expect: storage/unbounded-growth contains: from background work
      await env.DB.prepare("INSERT INTO delivery_log (order_id, delivered_at) VALUES (?, ?)").bind(message.body.orderId, Date.now()).run();
      message.ack();
    }
  },
};

// Durable Object classes whose one stored value only grows
export { Planner } from "./planner";
export { VisitLog } from "./visits";
export { Journal } from "./journal";
