import { Hono } from "hono";
const app = new Hono<{ Bindings: Env }>();

export { Outbox } from "./outbox";
import { ConnectService } from "./connect";
import { publishPage, rebuild, type Page } from "./pages";

app.get("/auth/callback", async (c) => c.json({ accounts: await ConnectService.provision(c.req.query("token") ?? "") }));

app.get("/files", async (c) => c.json(await listAll(c.env)));
app.put("/pages/:slug", async (c) => c.json(await publishPage(c.env, { slug: c.req.param("slug"), html: await c.req.text() })));
app.post("/pages/rebuild", async (c) => {
  const body = await c.req.json<{ session: { user: string; role: string }; pages: Page[] }>();
  return c.json({ published: await rebuild(c.env, body.session, body.pages) });
});


app.post("/hooks/:account", async (c) => {
  const outbox = c.env.OUTBOX.get(c.env.OUTBOX.idFromName(c.req.param("account")));
  return c.json({ ok: await outbox.deliver(await c.req.json()) });
});

app.get("/feed", async (c) => {
  const res = await fetch("https://example.com/feed.json");
  return c.json(await res.json());
});

// A command lookup: the loop stops at the first command the text starts with, and returns what that one fetches.
const COMMANDS: Record<string, string> = JSON.parse(process.env.COMMANDS ?? "{}");
app.post("/command", async (c) => {
  const text = await c.req.text();
  for (const name in COMMANDS) {
    if (text.startsWith(name)) {
      // quiet: runs once, for the matching command: the handler returns right after
      const template = await fetch(COMMANDS[name]).then((r) => r.text());
      return c.text(template.replace("{{input}}", text.slice(name.length)));
    }
  }
  for (const url of Object.values(COMMANDS)) {
    // quiet: the first answer is returned, whatever it is
    return c.text(await fetch(url).then((r) => r.text()));
  }
  return c.text("unknown command", 404);
});

export default {
  fetch: app.fetch,
  // quiet: a consumer's loop over its batch is bounded by max_batch_size
  async queue(batch: MessageBatch<{ url: string }>, env: Env) {
    for (const m of batch.messages) {
      await fetch(m.body.url);
    }
  },
  // quiet: a cron job that works through a backlog one page (LIMIT 25) per run
  async scheduled(_event: ScheduledController, env: Env) {
    const { results } = await env.DB.prepare("SELECT id, url FROM pending ORDER BY id LIMIT 25").all<{ id: number; url: string }>();
    for (const row of results) {
      await fetch(row.url);
    }
  },
};

// quiet: cursor pagination over R2 list() is one call per page, not per item
export async function listAll(env: Env) {
  let cursor: string | undefined;
  const keys: string[] = [];
  do {
    const page = await env.BUCKET.list({ cursor });
    keys.push(...page.objects.map((o) => o.key));
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return keys;
}

// quiet: a fixed, short list of upstreams is bounded by the code, not by the request
app.get("/health", async (c) => {
  const upstreams = ["https://a.example.com/health", "https://b.example.com/health", "https://c.example.com/health"];
  const results = await Promise.all(upstreams.map((u) => fetch(u)));
  for (const region of ["eu", "us"]) {
    await fetch(`https://${region}.example.com/ping`);
  }
  return c.json(results.map((r) => r.status));
});

// quiet: try each fallback origin until one answers, stopping at the first success
app.get("/mirror", async (c) => {
  const mirrors = c.req.queries("mirror") ?? [];
  let res: Response | undefined;
  for (const mirror of mirrors) {
    res = await fetch(mirror);
    if (res.ok) break;
  }
  return res ?? c.notFound();
});

// quiet: a cursor loop deletes page by page with one bulk call per page
app.delete("/files", async (c) => {
  let cursor: string | undefined;
  do {
    const page = await c.env.BUCKET.list({ cursor });
    await c.env.BUCKET.delete(page.objects.map((o) => o.key));
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return c.body(null, 204);
});

// quiet: a search that ends when its condition sees the first healthy replica, as a break would
app.get("/replica", async (c) => {
  const replicas = new Set(c.req.queries("replica") ?? []);
  let healthy: string | undefined;
  while (replicas.size > 0 && !healthy) {
    const candidate = replicas.values().next().value as string;
    replicas.delete(candidate);
    if ((await fetch(`https://${candidate}/health`)).ok) healthy = candidate;
  }
  return c.text(healthy ?? "none");
});

// a pool the class keeps to a named cap: checking each member is bounded by the code, not by the input
const POOL_TARGET = 2;

class ReplicaPool {
  #replicas = new Set<string>();

  fill(hosts: string[]) {
    for (const host of hosts) {
      if (this.#replicas.size < POOL_TARGET) this.#replicas.add(host);
    }
  }

  async check() {
    for (const host of [...this.#replicas]) {
      await fetch(`https://${host}/health`); // quiet: at most POOL_TARGET replicas
    }
  }
}

app.get("/pool", async (c) => {
  const pool = new ReplicaPool();
  pool.fill(c.req.queries("host") ?? []);
  await pool.check();
  return c.text("ok");
});
