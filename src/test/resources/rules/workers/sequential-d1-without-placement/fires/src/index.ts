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

export default app;
