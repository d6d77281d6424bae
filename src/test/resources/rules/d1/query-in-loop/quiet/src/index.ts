import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { sqliteTable, text } from "drizzle-orm/sqlite-core";
import { refreshAll, refreshOne } from "./sessions";

const users = sqliteTable("users", { id: text("id").primaryKey(), name: text("name").notNull() });

import { SettingsController } from "./settings";
import { JobRecords } from "./jobs";
import { importEntries, saveEntry, type Entry } from "./guestbook";
import { ensureSchema } from "./bootstrap";

type Env = { DB: D1Database };
const app = new Hono<{ Bindings: Env }>();

app.use("*", async (c, next) => {
  await ensureSchema(c.env);
  await next();
});
app.get("/settings/accounts", async (c) => c.json(await SettingsController.accounts(c.env, c.req.header("x-user") ?? "")));
app.post("/settings/connect", async (c) => {
  await SettingsController.connect(c.env, c.req.header("x-user") ?? "", c.req.header("x-token") ?? "");
  return c.text("ok");
});
app.post("/reports/archive", SettingsController.archive as never);

// a public form saving one entry, and an operator's import saving each row with the same helper
app.post("/entries", async (c) => {
  await saveEntry(c.env, await c.req.json<Entry>());
  return c.text("saved");
});
app.post("/entries/import", async (c) => c.json({ imported: await importEntries(c.env, c.req.header("x-admin-token"), await c.req.json<Entry[]>()) }));

// quiet: statements built in a loop and sent in one batch: one round trip
app.post("/import", async (c) => {
  const rows = await c.req.json<{ id: string; name: string }[]>();
  const stmts = [];
  for (const row of rows) {
    stmts.push(c.env.DB.prepare("INSERT INTO users (id, name) VALUES (?, ?)").bind(row.id, row.name));
  }
  await c.env.DB.batch(stmts);
  return c.text("ok");
});

// quiet: the query result is iterated; the query itself runs once
app.get("/names", async (c) => {
  const names = [];
  for (const row of (await c.env.DB.prepare("SELECT name FROM users LIMIT 100").all()).results) {
    names.push(row.name);
  }
  // quiet: a Map lookup inside a loop is not a D1 query
  const cache = new Map<string, string>();
  for (const n of names) {
    cache.get(String(n));
  }
  return c.json(names);
});

// quiet: a bounded retry loop around one query is a retry, not N+1: it exits on success
app.get("/health", async (c) => {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const row = await c.env.DB.prepare("SELECT 1 AS ok").first();
      if (row) return c.text("ok");
    } catch (e) {
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
  return c.text("degraded", 503);
});

// a multi-row insert per chunk of the list (D1 binds at most 100 parameters per statement): the batching itself
app.post("/sync", async (c) => {
  const rows = await c.req.json<{ id: string; name: string }[]>();
  for (let i = 0; i < rows.length; i += 50) {
    const chunk = rows.slice(i, i + 50);
    await drizzle(c.env.DB).insert(users).values(chunk);  // quiet: one statement per chunk of 50 rows
  }
  return c.text("ok");
});

app.get("/stars", async (c) => {
  const ids = c.req.queries("id") ?? [];
  const starred: unknown[] = [];
  for (let i = 0; i < ids.length; i += 50) {
    const batch = ids.slice(i, i + 50);
    const marks = batch.map(() => "?").join(", ");
    // quiet: one IN query per chunk of 50 ids: the batching, not a query per id
    const { results } = await c.env.DB.prepare(`SELECT app_id FROM stars WHERE app_id IN (${marks})`).bind(...batch).all();
    starred.push(...results);
  }
  return c.json(starred);
});

const MAX_SESSIONS = 5;

// at sign-in, a user's sessions are trimmed to the newest five: only those past the cap are deleted
app.post("/sessions", async (c) => {
  const user = c.req.header("x-user") ?? "";
  await c.env.DB.prepare("INSERT INTO sessions (id, user_id, seen_at) VALUES (?, ?, ?)").bind(crypto.randomUUID(), user, Date.now()).run();
  const { results } = await c.env.DB.prepare("SELECT id FROM sessions WHERE user_id = ? ORDER BY seen_at DESC").bind(user).all();
  if (results.length > MAX_SESSIONS) {
    const extra = results.slice(MAX_SESSIONS);
    for (const row of extra) {
      await c.env.DB.prepare("DELETE FROM sessions WHERE id = ?").bind(row.id).run();  // quiet: the overflow past the cap, one item per sign-in
    }
  }
  return c.text("ok");
});

// A per-household helper that a member's own page runs once and only an admin repair route runs in a loop.
async function rebuildHousehold(env: Env, householdId: string) {
  await env.DB.prepare("UPDATE households SET rebuilt_at = ? WHERE id = ?").bind(Date.now(), householdId).run();
}
app.post("/households/:id/rebuild", async (c) => {
  await rebuildHousehold(c.env, c.req.param("id"));
  return c.text("ok");
});
// quiet: the helper repeats only in this admin route's loop; the member route above calls it once
app.post("/admin/households/rebuild-all", async (c) => {
  const ids = await c.req.json<string[]>();
  for (const id of ids) {
    await rebuildHousehold(c.env, id);
  }
  return c.text("ok");
});

app.post("/accounts/:id/refresh", async (c) => {
  await refreshAll(c.env, c.req.param("id"), c.req.queries("session") ?? []);
  await refreshOne(c.env, c.req.query("current") ?? "", c.req.param("id"));
  return c.text("ok");
});

// a memo the loop fills: each distinct customer is queried once, repeats are answered from the map
app.post("/invoices", async (c) => {
  const invoices = await c.req.json<{ id: string; customerId: string }[]>();
  const customers = new Map<string, unknown>();
  const out = [];
  for (const invoice of invoices) {
    // quiet: runs on a miss of the memo the loop fills below
    const customer = customers.get(invoice.customerId) ?? (await c.env.DB.prepare("SELECT name FROM customers WHERE id = ?").bind(invoice.customerId).first());
    customers.set(invoice.customerId, customer);
    out.push({ id: invoice.id, customer });
  }
  return c.json(out);
});

// one bulk read before the loop; the loop only fills the gaps the bulk read left
app.post("/labels", async (c) => {
  const ids = await c.req.json<string[]>();
  const { results } = await c.env.DB.prepare("SELECT id, name FROM labels WHERE id IN (SELECT value FROM json_each(?))").bind(JSON.stringify(ids)).all();
  const byId = new Map(results.map((row) => [String(row.id), row]));
  let fallback: unknown;
  const out = [];
  for (const id of ids) {
    // quiet: only ids the bulk read missed fall back to the default label, loaded once and kept
    out.push(byId.get(id) ?? (fallback ??= await c.env.DB.prepare("SELECT name FROM labels WHERE id = 'default'").first()));
  }
  return c.json(out);
});

// statements prepared once per isolate on first use (`??=`); one note per request
let statements: { noteById: D1PreparedStatement } | undefined;
function prepared(env: Env) {
  statements ??= { noteById: env.DB.prepare("SELECT id, body FROM notes WHERE id = ?") };
  return statements;
}

app.get("/notes/:id", async (c) => {
  return c.json(await prepared(c.env).noteById.bind(c.req.param("id")).first()); // quiet: one query, outside any loop
});

app.get("/jobs/:id", async (c) => c.json(await JobRecords.status(c.env, c.req.param("id"))));

async function markDone(env: Env, id: string) {
  await env.DB.prepare("UPDATE jobs SET status = 'done' WHERE id = ?").bind(id).run();
}

export default {
  fetch: app.fetch,
  // quiet: a queue consumer's per-message helper: each message is handled (and acknowledged) on its own, off the request path
  async queue(batch: MessageBatch<{ id: string }>, env: Env) {
    for (const message of batch.messages) {
      if ((await JobRecords.status(env, message.body.id))?.status === "done") {
        message.ack();
        continue;
      }
      await markDone(env, message.body.id);
      message.ack();
    }
  },
};
