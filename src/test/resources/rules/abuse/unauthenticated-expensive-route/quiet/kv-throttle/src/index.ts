// A public link shortener that counts each caller's requests in KV and turns the busy ones away with 429.
async function overLimit(counters: KVNamespace, ip: string): Promise<boolean> {
  const key = `hits:${ip}:${Math.floor(Date.now() / 60_000)}`;
  const seen = Number((await counters.get(key)) ?? "0");
  if (seen >= 20) return true;
  await counters.put(key, String(seen + 1), { expirationTtl: 120 });
  return false;
}

async function throttle(request: Request, env: Env): Promise<Response | null> {
  const ip = request.headers.get("cf-connecting-ip") ?? "unknown";
  return (await overLimit(env.COUNTERS, ip)) ? new Response("slow down", { status: 429 }) : null;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/shorten") {
      const busy = await throttle(request, env);
      if (busy) return busy;
      const { target } = await request.json<{ target: string }>();
      const slug = crypto.randomUUID().slice(0, 8);
      // quiet: the handler hands back throttle()'s 429 before anything is stored
      await env.LINKS.put(slug, target);
      return Response.json({ slug });
    }
    if (request.method === "POST" && url.pathname === "/describe") {
      if (await overLimit(env.COUNTERS, request.headers.get("cf-connecting-ip") ?? "")) {
        return new Response("too many requests", { status: 429 });
      }
      const { text } = await request.json<{ text: string }>();
      // quiet: the route answers 429 itself to callers over their budget
      const answer = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise: ${text}` });
      return Response.json(answer);
    }
    const target = await env.LINKS.get(url.pathname.slice(1));
    return target ? Response.redirect(target, 302) : new Response("not found", { status: 404 });
  },
};
