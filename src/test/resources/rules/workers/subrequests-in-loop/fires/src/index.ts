import { Hono } from "hono";
const app = new Hono<{ Bindings: Env }>();

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

export default app;
