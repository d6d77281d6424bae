// Each endpoint is a record made by a factory: the path it answers and the handler that answers it.
export const itemsByVendor = () => ({
  path: "items",
  handler: async (request: Request, env: Env) => {
    const vendor = new URL(request.url).searchParams.get("vendor");
    // expect: d1/full-table-scan contains: items
    const { results } = await env.DB.prepare("SELECT id, title FROM items WHERE vendor_id = ? LIMIT 50").bind(vendor).all();
    return results;
  },
});

export const vendor = () => ({
  path: "vendor",
  handler: async (request: Request, env: Env) => {
    const id = new URL(request.url).searchParams.get("id");
    return env.DB.prepare("SELECT id, name FROM vendors WHERE id = ?").bind(id).first();
  },
});
