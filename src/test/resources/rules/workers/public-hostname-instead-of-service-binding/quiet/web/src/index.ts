interface Env {
  CATALOG: Fetcher;
  PARTNER_API_URL: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname.startsWith("/api/")) {
      return env.CATALOG.fetch(request); // quiet: a service binding, no public hop
    }
    if (url.pathname === "/rates") {
      // quiet: a third party's API, not a Worker of this repository
      const res = await fetch("https://rates.exchange.test/latest", { signal: AbortSignal.timeout(3000) });
      return new Response(res.body, res);
    }
    if (url.pathname === "/about") {
      // quiet: the other Worker owns only /api/* of this host; /about goes to the origin
      const res = await fetch("https://shopfront.test/about", { signal: AbortSignal.timeout(3000) });
      return new Response(res.body, res);
    }
    if (url.pathname === "/partner") {
      // quiet: the URL comes from a secret, so where it points is not in the repository
      const res = await fetch(`${env.PARTNER_API_URL}/status`, { signal: AbortSignal.timeout(3000) });
      return new Response(res.body, res);
    }
    return new Response("not found", { status: 404 });
  },
};
