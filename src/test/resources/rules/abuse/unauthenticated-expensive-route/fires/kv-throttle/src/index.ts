// The 429 here is the model provider's, passed back to the client: nothing limits how often a caller gets this far.
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/describe") {
      const { text } = await request.json<{ text: string }>();
      // expect: abuse/unauthenticated-expensive-route
      const answer = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise: ${text}` });
      const upstream = await fetch("https://hooks.example.com/notify", { method: "POST", body: JSON.stringify(answer), signal: AbortSignal.timeout(3000) });
      if (upstream.status === 429) {
        return Response.json(answer, { headers: { "x-notify": "throttled" } });
      }
      return Response.json(answer);
    }
    const target = await env.LINKS.get(url.pathname.slice(1));
    return target ? Response.redirect(target, 302) : new Response("not found", { status: 404 });
  },
};
