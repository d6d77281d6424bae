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

// a service class whose static method keeps what it read in a static field, named through the class
class Branding {
  static loaded = null;

  static async load(env) {
    if (Branding.loaded) return Branding.loaded;
    // quiet: kept in the static field Branding.loaded after the first call
    Branding.loaded = await env.CONFIG.get("branding", { type: "json" });
    return Branding.loaded;
  }
}

// the module's own variable as the slot
let mimeTable;
async function mimeTypes(env) {
  if (mimeTable) {
    return mimeTable;
  }
  // quiet: kept in the module variable mimeTable after the first call
  mimeTable = await env.CONFIG.get("mime-table", { type: "json" });
  return mimeTable;
}

async function storeOne(c, quotas, file) {
  const where = await settings.current(c);
  const limits = await quotas.limits();
  const brand = await Branding.load(c.env);
  const mimes = await mimeTypes(c.env);
  return { file: file.name, where: where.bucket, max: limits.maxBytes, brand: brand.name, mime: mimes[file.type] };
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
