// The same relay done carefully, and the near-misses of a client-chosen URL.
const MIRROR = "https://mirror.example.org";

async function relay(request: Request, ctx: ExecutionContext): Promise<Response> {
  const body = (await request.json()) as { links: string[]; path: string; callback: string };
  const kinds: string[] = [];
  for (const link of body.links) {
    // quiet: bounded by an abort signal
    const picture = await fetch(link, { signal: AbortSignal.timeout(3000) });
    kinds.push(picture.headers.get("content-type") ?? "");
  }
  // quiet: the host is the code's own mirror; only the path is the client's
  const copy = await fetch(`${MIRROR}/${body.path}`, { signal: AbortSignal.timeout(3000) });
  // quiet: the host is written out, the client picks the path
  const listing = await fetch(new URL(body.path, MIRROR), { signal: AbortSignal.timeout(3000) });
  // quiet: deferred with waitUntil, the response does not wait on it
  ctx.waitUntil(fetch(body.callback, { method: "POST", body: JSON.stringify(kinds) }));
  return Response.json({ kinds, copied: copy.ok, listed: listing.ok });
}

// a static helper that parses a fetched response: what it returns came from the mirror, not from the client
class Mirrors {
  static async read(answer: Response): Promise<{ data: { next: string } }> {
    return { data: (await answer.json()) as { next: string } };
  }
}

export default {
  async fetch(request: Request, _env: unknown, ctx: ExecutionContext): Promise<Response> {
    // quiet: the response of a fetch, not the request, is parsed: its fields are no client input
    const config = await fetch(`${MIRROR}/config.json`, { signal: AbortSignal.timeout(2000) });
    const settings = (await config.json()) as { next: string };
    // quiet: the URL comes from the mirror's own answer (a parsed response is not what the client sent)
    await fetch(settings.next);
    // quiet: the URL a static helper read from the mirror's own answer is not what the client sent
    const again = await Mirrors.read(await fetch(`${MIRROR}/next.json`, { signal: AbortSignal.timeout(2000) }));
    await fetch(again.data.next);
    return relay(request, ctx);
  },
};
