import { Hono } from "hono";
import { admin } from "./admin";
import { addNote, editNote, savePreference } from "./preferences";
import { bookmarks } from "./bookmarks";
export { TodoAgent, FeedAgent, VisitLog } from "./objects";
export { Ledger, LastSeen } from "./ledger";

const app = new Hono<{ Bindings: Env }>();
app.route("/admin", admin);

app.post("/bookmarks", async (c) => c.json(await bookmarks(c.env.DB).add("user-1", await c.req.text())));
app.delete("/bookmarks/:id", async (c) => c.json(await bookmarks(c.env.DB).remove(c.req.param("id"))));

app.post("/login", async (c) => {
  const token = crypto.randomUUID();
  // quiet: the session key expires on its own
  await c.env.SESSIONS.put(`session:${token}`, "user-1", { expirationTtl: 86400 });
  return c.json({ token });
});

app.post("/uploads", async (c) => {
  const id = crypto.randomUUID();
  // quiet: the fresh id is handed back to the client as the name of what it created (a record meant to stay)
  await c.env.LINKS.put(`upload:${id}`, await c.req.text());
  return c.json({ id });
});

app.put("/preferences/:user", async (c) => {
  await savePreference(c.env.DB, c.req.param("user"), await c.req.text());
  return c.body(null, 204);
});

app.post("/notes/:user", async (c) => {
  await addNote(c.env.DB, crypto.randomUUID(), c.req.param("user"));
  return c.body(null, 201);
});

app.patch("/notes/:id", async (c) => {
  await editNote(c.env.DB, c.req.param("id"), await c.req.json());
  return c.body(null, 204);
});

app.post("/seen/:user", async (c) => {
  // quiet: one key per user, overwritten by each call: grows with users, not with requests
  await c.env.SESSIONS.put(`last-seen:${c.req.param("user")}`, String(Date.now()));
  return c.body(null, 204);
});

app.post("/remember", async (c) => {
  const token = crypto.randomUUID();
  // quiet: logout deletes keys with the same prefix
  await c.env.SESSIONS.put(`remember:${token}`, "user-1");
  return c.json({ token });
});

app.post("/logout/:token", async (c) => {
  await c.env.SESSIONS.delete(`remember:${c.req.param("token")}`);
  return c.body(null, 204);
});

app.post("/links", async (c) => {
  const slug = crypto.randomUUID().slice(0, 8);
  // quiet: the options come from a helper that may set a TTL
  await c.env.LINKS.put(slug, await c.req.text(), linkOptions());
  return c.json({ slug });
});

app.post("/prefs/:user", async (c) => {
  const key = `prefs:${c.req.param("user")}`;
  const prefs = JSON.parse((await c.env.SESSIONS.get(key)) ?? "{}");
  prefs.theme = (await c.req.json<{ theme: string }>()).theme;
  // quiet: one record per user, read and written back (kv/read-modify-write's concern, not growth)
  await c.env.SESSIONS.put(key, JSON.stringify(prefs));
  return c.json(prefs);
});

app.get("/p/:path", async (c) => {
  // quiet: the pruner Worker deletes old page views every night
  await c.env.DB.prepare("INSERT INTO page_views (path, viewed_at) VALUES (?, ?)").bind(c.req.param("path"), Date.now()).run();
  return c.text("ok");
});

app.post("/todos", async (c) => {
  const { title } = await c.req.json<{ title: string }>();
  // quiet: todos are records kept current (updated when done), the user's data by design
  await c.env.DB.prepare("INSERT INTO todos (id, user_id, title) VALUES (?, ?, ?)").bind(crypto.randomUUID(), "user-1", title).run();
  return c.json({ ok: true });
});

app.patch("/todos/:id", async (c) => {
  await c.env.DB.prepare("UPDATE todos SET done = 1 WHERE id = ?").bind(c.req.param("id")).run();
  return c.json({ ok: true });
});

app.put("/settings/:user", async (c) => {
  // quiet: one row per user, replaced in place
  await c.env.DB.prepare("INSERT OR REPLACE INTO settings (user_id, theme) VALUES (?, ?)").bind(c.req.param("user"), "dark").run();
  return c.json({ ok: true });
});

function linkOptions(): KVNamespacePutOptions {
  return {};
}

export default app;
