import { Hono } from "hono";
const app = new Hono<{ Bindings: Env }>();
export { Notifier } from "./notifier";

app.post("/channels/:name/subscribe", async (c) => {
  const channel = c.env.NOTIFIER.get(c.env.NOTIFIER.idFromName(c.req.param("name")));
  await channel.subscribe(await c.req.text());
  return c.body(null, 204);
});

// a route checks one URL; the cron checks every stored one with the same helper: it repeats on the cron path only
app.get("/ping", async (c) => c.json({ status: await ping(c.req.query("url") ?? "") }));

async function ping(url: string) {
  const res = await fetch(url, { method: "HEAD", signal: AbortSignal.timeout(3000) });
  return res.status;
}

app.get("/feeds", async (c) => {
  const urls = c.req.queries("url") ?? [];
  const bodies = await Promise.all(
    // expect: workers/subrequests-in-loop
    urls.map((u) => fetch(u).then((r) => r.text())),
  );
  const sizes = [];
  for (const name of c.req.queries("file") ?? []) {
    // expect: workers/subrequests-in-loop
    sizes.push((await c.env.BUCKET.head(name))?.size);
  }
  return c.json({ bodies, sizes });
});

// a bulk import writes one KV key per entry of the body
app.post("/import", async (c) => {
  const links = await c.req.json<Record<string, string>>();
  for (const [slug, url] of Object.entries(links)) {
    // expect: workers/subrequests-in-loop
    await c.env.CACHE.put(slug, url);
  }
  return c.json({ imported: Object.keys(links).length });
});

// a helper called per image: reported once, at the loop
app.post("/images", async (c) => {
  const { urls } = await c.req.json<{ urls: string[] }>();
  const parts = [];
  // expect: workers/subrequests-in-loop
  for (const url of urls) {
    parts.push(await inline(url));
  }
  return c.json(parts);
});

async function inline(url: string) {
  const res = await fetch(url);
  const head = await fetch(url + ".meta");
  return { type: res.headers.get("content-type"), meta: head.status };
}

export default {
  fetch: app.fetch,
  // a cron job that pings every registered webhook: one subrequest per row, however many there are
  async scheduled(_event: ScheduledController, env: Env) {
    const { results } = await env.DB.prepare("SELECT url FROM webhooks").all<{ url: string }>();
    for (const hook of results) {
      // expect: workers/subrequests-in-loop
      await fetch(hook.url, { method: "POST" });
    }
    const { results: monitored } = await env.DB.prepare("SELECT url FROM monitored").all<{ url: string }>();
    // expect: workers/subrequests-in-loop contains: on a cron path
    for (const site of monitored) {
      await ping(site.url);
    }
    // every account of the service, from a cron: "accounts" is the whole table here, not one person's few
    const { results: accounts } = await env.DB.prepare("SELECT id FROM accounts").all<{ id: string }>();
    for (const account of accounts) {
      // expect: workers/subrequests-in-loop contains: on a cron path
      await fetch(`https://api.example.com/v1/accounts/${account.id}/usage`, { method: "POST" });
    }
  },
};
