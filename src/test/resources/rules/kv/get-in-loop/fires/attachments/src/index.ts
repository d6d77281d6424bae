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

// a static field of another class, which this method never fills: the test does not stop the read
class Defaults {
  static watermark = null;
}
class Watermarks {
  static async current(env) {
    if (Defaults.watermark) return Defaults.watermark;
    // expect: kv/get-in-loop
    const mark = await env.CONFIG.get("watermark", { type: "json" });
    return mark;
  }
}

// the slot is the function's own variable: empty again at every call
async function retention(env) {
  let loaded;
  if (loaded) return loaded;
  // expect: kv/get-in-loop
  loaded = await env.CONFIG.get("retention", { type: "json" });
  return loaded;
}

// tests the slot empty but keeps what it read in a local: every call reads again
class Layouts {
  constructor(env) {
    this.env = env;
    this.layout = null;
  }

  async current() {
    let layout = this.layout;
    if (!this.layout) {
      // expect: kv/get-in-loop
      layout = await this.env.CONFIG.get("layout", { type: "json" });
    }
    return layout;
  }
}

async function storeOne(c, file) {
  const policy = await policyFor(c, file.type);
  const mark = await Watermarks.current(c.env);
  const keep = await retention(c.env);
  await new Layouts(c.env).current();
  return { file: file.name, allowed: policy?.allowed ?? false, mark, keep };
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
