import { Hono } from "hono";

type Env = { Bindings: { DB: D1Database } };
const app = new Hono<Env>();

// three round trips to the database, one after another, for every dashboard view
app.get("/accounts/:id/dashboard", async (c) => {
  const id = c.req.param("id");
  const account = await c.env.DB.prepare("SELECT id, name FROM accounts WHERE id = ?").bind(id).first();
  const projects = await c.env.DB.prepare("SELECT id, name FROM projects WHERE account_id = ? LIMIT 50").bind(id).all();
  const invoices = await c.env.DB.prepare("SELECT id, total FROM invoices WHERE account_id = ? LIMIT 20").bind(id).all();
  return c.json({ account, projects: projects.results, invoices: invoices.results });
});

// placement is one setting for the Worker: one finding, at the chattiest handler's first query
app.get("/accounts/:id/usage", async (c) => {
  const id = c.req.param("id");
  // expect: workers/sequential-d1-without-placement contains: awaits 4 D1 queries one after another
  const account = await c.env.DB.prepare("SELECT id, plan FROM accounts WHERE id = ?").bind(id).first();
  const projects = await c.env.DB.prepare("SELECT id FROM projects WHERE account_id = ? LIMIT 50").bind(id).all();
  const invoices = await c.env.DB.prepare("SELECT id FROM invoices WHERE account_id = ? LIMIT 20").bind(id).all();
  const last = await c.env.DB.prepare("SELECT total FROM invoices WHERE account_id = ? ORDER BY id DESC LIMIT 1").bind(id).first();
  return c.json({ account, projects: projects.results, invoices: invoices.results, last });
});

export default app;
