// A resumable upload API: the client opens an upload elsewhere, then sends each chunk here with the upload id it got.
// Nothing checks who the caller is, so anyone holding an id (or opening one) fills the bucket part by part.
import { Hono } from "hono";

const app = new Hono<{ Bindings: Env }>();

app.put("/files/:name/chunks/:n", async (c) => {
  const uploadId = c.req.query("upload") ?? "";
  const upload = c.env.FILES.resumeMultipartUpload(c.req.param("name"), uploadId);
  // expect: abuse/unauthenticated-expensive-route
  const part = await upload.uploadPart(Number(c.req.param("n")), c.req.raw.body!);
  return c.json(part);
});

export default app;
