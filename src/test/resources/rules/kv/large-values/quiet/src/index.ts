import { Hono } from "hono";

const app = new Hono<{ Bindings: Env }>();

app.put("/raw/:name", async (c) => {
  // quiet: the blob goes to R2; KV keeps a small JSON index entry
  await c.env.FILES.put(c.req.param("name"), c.req.raw.body);
  await c.env.FILES_KV.put(`index:${c.req.param("name")}`, JSON.stringify({ at: Date.now() }));
  return c.body(null, 201);
});

app.post("/notes/:id", async (c) => {
  // quiet: a text note sent as the body is small structured data
  await c.env.FILES_KV.put(`note:${c.req.param("id")}`, await c.req.text());
  return c.body(null, 201);
});

app.get("/rates", async (c) => {
  const res = await fetch("https://api.example.com/rates");
  const rates = await res.json<Record<string, number>>();
  // quiet: parsed JSON re-serialised, not a page or binary body
  await c.env.FILES_KV.put("rates", JSON.stringify(rates), { expirationTtl: 600 });
  return c.json(rates);
});

export default app;
