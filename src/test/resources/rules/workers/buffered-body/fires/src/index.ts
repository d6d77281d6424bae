import { Hono } from "hono";

const app = new Hono<{ Bindings: Env }>();

app.put("/files/:name", async (c) => {
  // expect: workers/buffered-body
  const body = await c.req.raw.arrayBuffer();
  await c.env.BUCKET.put(c.req.param("name"), body);
  return c.body(null, 201);
});

app.put("/files/:name/parts/:n", async (c) => {
  const upload = c.env.BUCKET.resumeMultipartUpload(c.req.param("name"), c.req.query("upload") ?? "");
  // expect: workers/buffered-body
  const chunk = await c.req.arrayBuffer();
  const part = await upload.uploadPart(Number(c.req.param("n")), chunk);
  return c.json(part);
});

app.post("/upload", async (c) => {
  // expect: workers/buffered-body
  const form = await c.req.parseBody<{ file: File }>();
  const key = crypto.randomUUID();
  await c.env.BUCKET.put(key, form.file, { httpMetadata: { contentType: form.file.type } });
  return c.json({ key });
});

app.get("/avatars/:id", async (c) => {
  // expect: workers/buffered-body
  const image = await c.env.CACHE.get(`avatar:${c.req.param("id")}`, "arrayBuffer");
  return image ? new Response(image, { headers: { "content-type": "image/png" } }) : c.notFound();
});

app.post("/describe", async (c) => {
  const { imageUrl } = await c.req.json<{ imageUrl: string }>();
  const res = await fetch(imageUrl, { signal: AbortSignal.timeout(5000) });
  // expect: workers/buffered-body contains: whole fetched response
  const bytes = new Uint8Array(await res.arrayBuffer());
  return c.json({ size: bytes.length });
});

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (new URL(request.url).pathname === "/form-upload") {
      return onUpload(request, env);
    }
    if (new URL(request.url).pathname === "/share") {
      return onShare(request, env);
    }
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<Env>;

export async function onUpload(request: Request, env: Env): Promise<Response> {
  // expect: workers/buffered-body
  const form = await request.formData();
  await env.BUCKET.put(crypto.randomUUID(), form.get("file") as File);
  return new Response("stored", { status: 201 });
}

export async function onShare(request: Request, env: Env): Promise<Response> {
  const copy = request.clone();
  // expect: workers/buffered-body
  const form = await copy.formData();
  await env.BUCKET.put(crypto.randomUUID(), form.get("file") as File);
  return new Response("shared", { status: 201 });
}
