export type Member = { email: string };

/** The signed-in member, or the 401 answer to send back. */
export async function memberOrRefusal(request: Request, env: Env): Promise<Member | Response> {
  const token = new URL(request.url).searchParams.get("t");
  const email = token ? await env.DIGESTS.get(`member:${token}`) : null;
  if (!email) {
    return new Response("sign in first", { status: 401 });
  }
  return { email };
}
