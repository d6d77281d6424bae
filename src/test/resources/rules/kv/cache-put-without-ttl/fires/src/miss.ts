// Cache-aside written the other way round: the miss branch computes, fills and returns.
export async function profile(request: Request, env: Env): Promise<Response> {
  const key = `profile:${new URL(request.url).searchParams.get("user")}`;
  const cached = await env.CACHE.get(key);
  if (cached === null) {
    const body = JSON.stringify({ user: key });
    // expect: kv/cache-put-without-ttl
    await env.CACHE.put(key, body);
    return new Response(body);
  }
  return new Response(cached);
}
