import { Hono } from "hono";

type Env = { Bindings: { DB: D1Database } };
const app = new Hono<Env>();

// quiet: the same three queries in one batch: one round trip
app.get("/accounts/:id/dashboard", async (c) => {
  const id = c.req.param("id");
  const [account, projects, invoices] = await c.env.DB.batch([
    c.env.DB.prepare("SELECT id, name FROM accounts WHERE id = ?").bind(id),
    c.env.DB.prepare("SELECT id, name FROM projects WHERE account_id = ? LIMIT 50").bind(id),
    c.env.DB.prepare("SELECT id, total FROM invoices WHERE account_id = ? LIMIT 20").bind(id),
  ]);
  return c.json({ account: account.results[0], projects: projects.results, invoices: invoices.results });
});

// quiet: two queries stay under the threshold
app.get("/accounts/:id", async (c) => {
  const id = c.req.param("id");
  const account = await c.env.DB.prepare("SELECT id, name FROM accounts WHERE id = ?").bind(id).first();
  const projects = await c.env.DB.prepare("SELECT id FROM projects WHERE account_id = ? LIMIT 10").bind(id).all();
  return c.json({ account, projects: projects.results });
});

// quiet: the three queries run together under Promise.all, and the timeout wrapper awaits them once
app.get("/accounts/:id/summary", async (c) => {
  const id = c.req.param("id");
  const [account, projects, invoices] = await withTimeout(Promise.all([
    c.env.DB.prepare("SELECT id, name FROM accounts WHERE id = ?").bind(id).first(),
    c.env.DB.prepare("SELECT id FROM projects WHERE account_id = ? LIMIT 10").bind(id).all(),
    c.env.DB.prepare("SELECT id FROM invoices WHERE account_id = ? LIMIT 10").bind(id).all(),
  ]));
  return c.json({ account, projects: projects.results, invoices: invoices.results });
});

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000))]);
}

export default app;
