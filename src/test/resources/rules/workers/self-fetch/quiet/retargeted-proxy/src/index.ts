// A gate in front of another site: the request's path and query are kept, the host is the upstream's.
export default {
  async fetch(request: Request, env: { UPSTREAM: string }): Promise<Response> {
    if (!request.headers.get("x-paid")) {
      return new Response("payment required", { status: 402 });
    }
    const upstream = new URL(env.UPSTREAM);
    const target = new URL(request.url);
    target.hostname = upstream.hostname;
    target.protocol = upstream.protocol;
    return fetch(target, { method: request.method, headers: request.headers, body: request.body, signal: AbortSignal.timeout(10_000) });
  },
};
