import { Hono } from "hono";

const app = new Hono<{ Bindings: Env }>();

app.put("/raw/:name", async (c) => {
  // expect: kv/large-values contains: the request body read whole with arrayBuffer()
  await c.env.FILES_KV.put(c.req.param("name"), await c.req.arrayBuffer());
  return c.body(null, 201);
});

app.post("/upload", async (c) => {
  const form = await c.req.formData();
  const file = form.get("file") as File;
  const bytes = await file.arrayBuffer();
  // expect: kv/large-values contains: a body or file read whole
  await c.env.FILES_KV.put(`file:${file.name}`, bytes, { metadata: { type: file.type } });
  return c.json({ name: file.name });
});

app.get("/mirror", async (c) => {
  const target = c.req.query("url") ?? "https://example.com/";
  const page = await fetch(target);
  // expect: kv/large-values contains: a fetched page
  await c.env.FILES_KV.put(`page:${target}`, await page.text(), { expirationTtl: 3600 });
  return c.text("mirrored");
});

export default {
  fetch: app.fetch,
  async scheduled(_controller: ScheduledController, env: Env) {
    const res = await fetch("https://example.com/export.zip");
    // expect: kv/large-values contains: a fetched response's body
    await env.FILES_KV.put("latest-export", res.body!);
  },
};
