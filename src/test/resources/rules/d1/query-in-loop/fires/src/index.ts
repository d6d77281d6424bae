import { Hono } from "hono";
import { loadUser, loadAll } from "./users";
import { getDb, teams, eq } from "./db";
import { ReportController, billAccounts, mergeAccounts } from "./reports";
import { refreshAll, refreshEach } from "./sessions";
import { Invoices } from "./invoices";
import { importEntries, syncDrafts, type Entry } from "./guestbook";
import { dashboard } from "./dashboard";

type Env = { DB: D1Database };
// the nightly job walks every account; the route below walks the ids its caller sends: the route's loop is the one reported
async function nightlyInvoiceCheck(env: Env) {
  const { results } = await env.DB.prepare("SELECT id FROM invoices WHERE due < date('now') LIMIT 500").all<{ id: string }>();
  for (const row of results) {
    await Invoices.total(env, row.id);
  }
}

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
app.get("/dashboard", async (c) => c.json(await dashboard(c.env, Date.now() - 86400000)));

app.post("/accounts/merge", async (c) => {
  await mergeAccounts(c.env, await c.req.json<{ accountIds: string[] }>());
  return c.text("ok");
});

app.post("/accounts/:id/refresh", async (c) => {
  const sessions = c.req.queries("session") ?? [];
  await refreshAll(c.env, c.req.param("id"), sessions);
  await refreshEach(c.env, c.req.param("id"), sessions);
  return c.text("ok");
});

// a fallback per item: the value tried first belongs to the item, so every item without it costs a query
app.post("/invoices", async (c) => {
  const invoices = await c.req.json<{ id: string; customerId: string; customer?: { name: string } }[]>();
  const out = [];
  for (const invoice of invoices) {
    // expect: d1/query-in-loop
    const customer = invoice.customer ?? (await c.env.DB.prepare("SELECT name FROM customers WHERE id = ?").bind(invoice.customerId).first());
    out.push({ id: invoice.id, customer });
  }
  return c.json(out);
});

// a memo that nothing fills: every lookup misses and every item queries
app.post("/labels", async (c) => {
  const ids = await c.req.json<string[]>();
  const known = new Map<string, unknown>();
  const out = [];
  for (const id of ids) {
    // expect: d1/query-in-loop
    out.push(known.get(id) ?? (await c.env.DB.prepare("SELECT name FROM labels WHERE id = ?").bind(id).first()));
  }
  return c.json(out);
});

// statements prepared once per isolate on first use (`??=`), then run once per requested note
let statements: { noteById: D1PreparedStatement } | undefined;
function prepared(env: Env) {
  statements ??= { noteById: env.DB.prepare("SELECT id, body FROM notes WHERE id = ?") };
  return statements;
}

app.post("/entries/import", async (c) => c.json({ imported: await importEntries(c.env, c.req.header("x-admin-token"), await c.req.json<Entry[]>()) }));
app.post("/drafts/sync", async (c) => {
  await syncDrafts(c.env, await c.req.json<Entry[]>());
  return c.text("synced");
});

app.get("/notes", async (c) => {
  const out = [];
  for (const id of c.req.queries("id") ?? []) {
    // expect: d1/query-in-loop
    out.push(await prepared(c.env).noteById.bind(id).first());
  }
  return c.json(out);
});

// the route reads one invoice per id the client sends; the consumer below reads one per message, outside a loop of its own
app.post("/invoices/totals", async (c) => {
  const totals = [];
  for (const id of await c.req.json<string[]>()) {
    totals.push(await Invoices.total(c.env, id));
  }
  return c.json(totals);
});

export default {
  fetch: app.fetch,
  async scheduled(_event: ScheduledEvent, env: Env) {
    await billAccounts(env);
    await nightlyInvoiceCheck(env);
  },
  async queue(batch: MessageBatch<{ invoice: string }>, env: Env) {
    const first = batch.messages[0];
    if (first) {
      await Invoices.total(env, first.body.invoice);
      batch.ackAll();
    }
  },
};
