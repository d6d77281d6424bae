interface Env {
  PHOTOS: R2Bucket;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/recent") {
      // expect: r2/list-on-request-path
      const listing = await env.PHOTOS.list({ limit: 20 });
      return Response.json(listing.objects.map((o) => o.key));
    }
    if (url.pathname === "/all") {
      const keys: string[] = [];
      let cursor: string | undefined;
      do {
        // expect: r2/list-on-request-path
        const page = await env.PHOTOS.list({ cursor });
        keys.push(...page.objects.map((o) => o.key));
        cursor = page.truncated ? page.cursor : undefined;
      } while (cursor);
      return Response.json(keys);
    }
    const object = await env.PHOTOS.get(url.pathname.slice(1));
    return object ? new Response(object.body) : new Response("not found", { status: 404 });
  },
};
