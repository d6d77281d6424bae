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
let templates;
async function mimeTypes(env) {
  if (mimeTable) {
    return mimeTable;
  }
  // quiet: kept in the module variable mimeTable after the first call
  mimeTable = await env.CONFIG.get("mime-table", { type: "json" });
  return mimeTable;
}

// the other way to write it: load while the slot is empty, then answer from it
class Templates {
  constructor(env) {
    this.env = env;
    this.details = null;
  }

  async current() {
    if (!this.details) {
      // quiet: runs only while this.details is empty; later calls read the slot
      this.details = await this.env.CONFIG.get("templates", { type: "json" });
    }
    return this.details;
  }
}

async function storeOne(c, quotas, file) {
  const where = await settings.current(c);
  const limits = await quotas.limits();
  const brand = await Branding.load(c.env);
  const mimes = await mimeTypes(c.env);
  await templates.current();
  return { file: file.name, where: where.bucket, max: limits.maxBytes, brand: brand.name, mime: mimes[file.type] };
}

app.post("/attachments", async (c) => {
  const files = await c.req.json();
  const quotas = new Quotas(c.env);
  templates = new Templates(c.env);
  const stored = [];
  for (const file of files) {
    stored.push(await storeOne(c, quotas, file));
  }
  return c.json(stored);
});

export default app;
