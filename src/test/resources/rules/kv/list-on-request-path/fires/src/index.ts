export { Indexer } from "./indexer";

interface Env {
  NOTES: KVNamespace;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/notes") {
      // every page view enumerates the namespace
      // expect: kv/list-on-request-path
      const { keys } = await env.NOTES.list({ prefix: "note:" });
      return Response.json(keys.map((k) => k.name));
    }
    if (url.pathname === "/notes/page") {
      // paging does not help when anyone can ask for every page
      // expect: kv/list-on-request-path
      const page = await env.NOTES.list({ prefix: "note:", cursor: url.searchParams.get("cursor") ?? undefined });
      return Response.json(page);
    }
    return new Response(await env.NOTES.get(`note:${url.pathname.slice(1)}`));
  },
};
