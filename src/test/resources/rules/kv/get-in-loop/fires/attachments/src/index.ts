import { Hono } from "hono";

const app = new Hono<{ Bindings: { CONFIG: KVNamespace } }>();
const byType = new Map();

// remembers a value per content type: a new type in the list is a new read
async function policyFor(c, contentType) {
  if (byType.has(contentType)) {
    return byType.get(contentType);
  }
  // expect: kv/get-in-loop
  const policy = await c.env.CONFIG.get(`policy:${contentType}`, { type: "json" });
  byType.set(contentType, policy);
  return policy;
}

async function storeOne(c, file) {
  const policy = await policyFor(c, file.type);
  return { file: file.name, allowed: policy?.allowed ?? false };
}

app.post("/attachments", async (c) => {
  const files = await c.req.json();
  const stored = [];
  for (const file of files) {
    stored.push(await storeOne(c, file));
  }
  return c.json(stored);
});

export default app;
