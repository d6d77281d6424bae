interface Env {
  NOTES: KVNamespace;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/admin/export") {
      // quiet: an administrative export may enumerate
      const { keys } = await env.NOTES.list();
      return Response.json(keys);
    }
    const index = await env.NOTES.get("index:notes", { type: "json", cacheTtl: 60 });  // quiet: a get of a precomputed index, not a list
    return Response.json(index);
  },

  // quiet: the nightly job rebuilds the index from a listing
  async scheduled(_event: ScheduledController, env: Env): Promise<void> {
    const { keys } = await env.NOTES.list({ prefix: "note:" });
    await env.NOTES.put("index:notes", JSON.stringify(keys.map((k) => k.name)));
  },
};
