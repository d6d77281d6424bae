import { Hono } from "hono";

const app = new Hono<{ Bindings: { CONFIG: KVNamespace } }>();

// loads the storage settings once per request and keeps them on the request context
const settings = {
  async current(c) {
    if (c.get("storageSettings")) {
      return c.get("storageSettings");
    }
    // quiet: the first call fills the context slot; the other calls of the loop return from it
    const loaded = await c.env.CONFIG.get("storage-settings", { type: "json" });
    c.set("storageSettings", loaded);
    return loaded;
  },
};

class Quotas {
  constructor(env) {
    this.env = env;
  }

  async limits() {
    if (this.cached) return this.cached;
    // quiet: kept in this.cached after the first call
    this.cached = await this.env.CONFIG.get("quota-limits", { type: "json" });
    return this.cached;
  }
}

async function storeOne(c, quotas, file) {
  const where = await settings.current(c);
  const limits = await quotas.limits();
  return { file: file.name, where: where.bucket, max: limits.maxBytes };
}

app.post("/attachments", async (c) => {
  const files = await c.req.json();
  const quotas = new Quotas(c.env);
  const stored = [];
  for (const file of files) {
    stored.push(await storeOne(c, quotas, file));
  }
  return c.json(stored);
});

export default app;
