import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { invoices } from "./routes/invoices";
import { uploads } from "./routes/uploads";
import { requireSession } from "./lib/auth";
import { sendDigest } from "./lib/digest";
export { RateLimiter } from "./do/rate-limiter";

export type Env = {
  DB: D1Database;
  SESSIONS: KVNamespace;
  FLAGS: KVNamespace;
  UPLOADS: R2Bucket;
  EMAILS: Queue;
  RATE_LIMITER: DurableObjectNamespace;
  AI: Ai;
};

const app = new Hono<{ Bindings: Env }>();

app.use("/api/*", async (c, next) => {
  const ip = c.req.header("cf-connecting-ip") ?? "unknown";
  const limiter = c.env.RATE_LIMITER.getByName(ip);
  if (!(await limiter.allow())) return c.text("slow down", 429);
  await requireSession(c.env, c.req.header("authorization"));
  await next();
});

app.route("/api/invoices", invoices);
app.route("/api/uploads", uploads);

app.get("/api/flags", async (c) => {
  const names = ["beta", "new-billing", "dark-mode"];
  const flags = await c.env.FLAGS.get(names, "json");
  return c.json(Object.fromEntries(flags));
});

app.get("/api/customers", async (c) => {
  const db = drizzle(c.env.DB);
  const page = Number(c.req.query("page") ?? 0);
  const rows = await c.env.DB.prepare("SELECT id, name, plan FROM customers ORDER BY id LIMIT 50 OFFSET ?").bind(page * 50).all();
  const enriched = [];
  for (const row of rows.results) {
    // TP: one usage query per customer
    // expect: d1/query-in-loop
    const usage = await c.env.DB.prepare("SELECT SUM(amount) AS total FROM usage WHERE customer_id = ?").bind(row.id).first();
    enriched.push({ ...row, usage });
  }
  void db;
  return c.json(enriched);
});

app.post("/api/support/answer", async (c) => {
  const { question } = await c.req.json<{ question: string }>();
  const key = `answer:${question.trim().toLowerCase()}`;
  const cached = await c.env.SESSIONS.get(key);
  if (cached) return c.text(cached);
  const answer = await c.env.AI.run("@cf/meta/llama-3.3-70b-instruct-fp8-fast", { prompt: question });
  c.executionCtx.waitUntil(c.env.SESSIONS.put(key, JSON.stringify(answer), { expirationTtl: 86400 }));
  return c.json(answer);
});

export default {
  fetch: app.fetch,
  async scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext) {
    ctx.waitUntil(sendDigest(env));
  },
  async queue(batch: MessageBatch<{ to: string; subject: string }>, env: Env) {
    for (const message of batch.messages) {
      await fetch("https://api.mail.example.com/send", { method: "POST", body: JSON.stringify(message.body) });
      message.ack();
    }
  },
} satisfies ExportedHandler<Env>;
