export { Indexer } from "./indexer";

interface Env {
  NOTES: KVNamespace;
  API_TOKEN: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/admin/export") {
      // quiet: an administrative export may enumerate
      const { keys } = await env.NOTES.list();
      return Response.json(keys);
    }
    if (url.pathname === "/links") {
      return listLinks(request, env, url);
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

/** The owner's link manager: one page per request, behind the API token. */
async function listLinks(request: Request, env: Env, url: URL): Promise<Response> {
  if (request.headers.get("Authorization") !== `Bearer ${env.API_TOKEN}`) {
    return new Response("unauthorized", { status: 401 });
  }
  // quiet: an authenticated caller pages through the listing with a cursor
  const page = await env.NOTES.list({ prefix: "link:", cursor: url.searchParams.get("cursor") ?? undefined, limit: 100 });
  return Response.json(page);
}
