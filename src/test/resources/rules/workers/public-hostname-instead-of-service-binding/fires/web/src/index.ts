export default {
  async fetch(request: Request, _env: unknown): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/items") {
      // expect: workers/public-hostname-instead-of-service-binding contains: custom domain `api.shopfront.test`
      const res = await fetch("https://api.shopfront.test/v1/items", { signal: AbortSignal.timeout(3000) });
      return new Response(res.body, res);
    }
    if (url.pathname === "/search") {
      const catalog = "https://api.shopfront.test";
      // expect: workers/public-hostname-instead-of-service-binding
      const res = await fetch(`${catalog}/v1/search?q=${url.searchParams.get("q")}`, { signal: AbortSignal.timeout(3000) });
      return new Response(res.body, res);
    }
    if (url.pathname === "/invoice") {
      // expect: workers/public-hostname-instead-of-service-binding contains: workers.dev address of Worker `billing`
      const res = await fetch(`https://billing.shopfront.workers.dev/?id=${url.searchParams.get("id")}`, { signal: AbortSignal.timeout(3000) });
      return new Response(res.body, res);
    }
    return new Response("not found", { status: 404 });
  },
};
