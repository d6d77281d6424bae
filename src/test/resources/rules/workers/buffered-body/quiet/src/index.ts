import { Hono } from "hono";

const app = new Hono<{ Bindings: Env }>();

// quiet: the upload streams straight into R2
app.put("/files/:name", async (c) => {
  await c.env.BUCKET.put(c.req.param("name"), c.req.raw.body, { httpMetadata: c.req.raw.headers });
  return c.body(null, 201);
});

// quiet: each chunk of a multipart upload streams straight into its part
app.put("/files/:name/parts/:n", async (c) => {
  const upload = c.env.BUCKET.resumeMultipartUpload(c.req.param("name"), c.req.query("upload") ?? "");
  const part = await upload.uploadPart(Number(c.req.param("n")), c.req.raw.body!);
  return c.json(part);
});

// quiet: a small JSON body must be parsed whole
app.post("/posts", async (c) => {
  const post = await c.req.json<{ title: string; body: string }>();
  await c.env.CACHE.put(`post:${crypto.randomUUID()}`, JSON.stringify(post));
  return c.json(post, 201);
});

// quiet: a form whose fields are forwarded, not stored
app.post("/contact", async (c) => {
  const form = await c.req.formData();
  const res = await fetch("https://mail.example.com/send", { method: "POST", body: form, signal: AbortSignal.timeout(5000) });
  return c.json({ sent: res.ok });
});

// a feedback form of text fields, saved as one JSON document
app.post("/feedback", async (c) => {
  const form = await c.req.formData(); // quiet: the fields are parsed and serialised, no file is stored
  const report = { page: String(form.get("page")), text: String(form.get("text")), steps: JSON.parse(String(form.get("steps"))) };
  const saved = JSON.stringify(report);
  await c.env.CACHE.put(`feedback:${crypto.randomUUID()}`, saved, { expirationTtl: 604800 });
  return c.json({ ok: true });
});

// quiet: a KV value streamed back
app.get("/avatars/:id", async (c) => {
  const image = await c.env.CACHE.get(`avatar:${c.req.param("id")}`, "stream");
  return image ? new Response(image) : c.notFound();
});

// quiet: a fetched file passed on as a stream
app.get("/mirror/:name", async (c) => {
  const res = await fetch(`https://files.example.com/${c.req.param("name")}`, { signal: AbortSignal.timeout(5000) });
  return new Response(res.body, res);
});

// quiet: a small JSON reply parsed whole
app.get("/weather", async (c) => {
  const res = await fetch("https://api.example.com/weather", { signal: AbortSignal.timeout(5000) });
  return c.json(await res.json());
});

export default app;

// quiet: a form upload whose file is stored as a stream
export async function onRequestPost({ request, env }: { request: Request; env: Env }): Promise<Response> {
  const form = await request.formData();
  const file = form.get("file") as File;
  await env.BUCKET.put(crypto.randomUUID(), file.stream(), { httpMetadata: { contentType: file.type } });
  return new Response("stored", { status: 201 });
}
