// Claiming a handle: the read only asks whether the name is taken (its answer held in a variable and tested, never
// returned), then the claim is stored for good. KV is the store of record here, not a cache.
export async function claimHandle(request: Request, env: Env): Promise<Response> {
  const handle = new URL(request.url).searchParams.get("handle") ?? "";
  const taken = await env.STORE.get(`handle:${handle}`);
  if (taken) return new Response("taken", { status: 409 });
  await env.STORE.put(`handle:${handle}`, JSON.stringify({ at: Date.now() })); // quiet: a claim after a presence check, not a cache fill
  return new Response("claimed", { status: 201 });
}
