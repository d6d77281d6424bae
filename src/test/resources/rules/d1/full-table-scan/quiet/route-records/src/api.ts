// Each endpoint record has a handler and a describe() the index page calls; only describe() is called here.
export const itemsByVendor = () => ({
  path: "items",
  describe: () => "items of one vendor",
  handler: async (request: Request, env: Env) => {
    const vendor = new URL(request.url).searchParams.get("vendor");
    // quiet: no call picks this handler from the list (the router only asks each record to describe itself)
    const { results } = await env.DB.prepare("SELECT id, title FROM items WHERE vendor_id = ? LIMIT 50").bind(vendor).all();
    return results;
  },
});
