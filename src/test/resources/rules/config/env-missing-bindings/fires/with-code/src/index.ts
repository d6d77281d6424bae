export default {
  async fetch(request: Request, env: { SESSIONS: KVNamespace }): Promise<Response> {
    const id = new URL(request.url).searchParams.get("s") ?? "";
    return new Response(await env.SESSIONS.get(id));
  },
};
