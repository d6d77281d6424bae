import { Hono } from "hono";
import { loadUser, loadAll } from "./users";
import { getDb, teams, eq } from "./db";
import { ReportController, billAccounts, mergeAccounts } from "./reports";

type Env = { DB: D1Database };
const app = new Hono<{ Bindings: Env }>();

app.get("/orders", async (c) => {
  const { results } = await c.env.DB.prepare("SELECT id, user_id FROM orders LIMIT 50").all();
  const out = [];
  for (const order of results) {
    // expect: d1/query-in-loop
    const items = await c.env.DB.prepare("SELECT * FROM items WHERE order_id = ?").bind(order.id).all();
    out.push({ order, items: items.results });
  }
  return c.json(out);
});

app.get("/users", async (c) => {
  const ids = c.req.queries("id") ?? [];
  const db = c.env.DB;
  const users = await Promise.all(
    // expect: d1/query-in-loop
    ids.map((id) => db.prepare("SELECT * FROM users WHERE id = ?").bind(id).first()),
  );
  return c.json(users);
});

// every order but the first: a tail that is not the overflow past a cap the code keeps (no length check guards it)
app.get("/orders/rest", async (c) => {
  const { results } = await c.env.DB.prepare("SELECT id FROM orders WHERE user_id = ?").bind(c.req.query("user") ?? "").all();
  for (const order of results.slice(1)) {
    // expect: d1/query-in-loop
    await c.env.DB.prepare("UPDATE orders SET archived = 1 WHERE id = ?").bind(order.id).run();
  }
  return c.text("ok");
});

app.get("/teams", async (c) => c.json(await loadAll(c.env, c.req.queries("id") ?? [])));

app.get("/profiles", async (c) => {
  const profiles = [];
  for (const id of c.req.queries("id") ?? []) {
    profiles.push(await loadUser(c.env, id));
  }
  return c.json(profiles);
});

// a Drizzle client created by a helper and passed through Hono's context variables
app.use("/teams/*", async (c, next) => {
  c.set("db", getDb(c.env));
  await next();
});

app.get("/teams/members", async (c) => {
  const db = c.get("db");
  const members = [];
  for (const team of c.req.queries("team") ?? []) {
    // expect: d1/query-in-loop
    members.push(await db.select().from(teams).where(eq(teams.id, team)));
  }
  return c.json(members);
});

app.get("/reports", ReportController.daily);

app.post("/accounts/merge", async (c) => {
  await mergeAccounts(c.env, await c.req.json<{ accountIds: string[] }>());
  return c.text("ok");
});

export default {
  fetch: app.fetch,
  async scheduled(_event: ScheduledEvent, env: Env) {
    await billAccounts(env);
  },
};
