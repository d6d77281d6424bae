import { serveThumbnail } from "./thumbnails";
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname.startsWith("/thumbs/")) return serveThumbnail(request, env);
    // quiet: passing the Request through to the origin is the normal proxy pattern
    const origin = await fetch(request);
    const api = await fetch(`https://api.example.com${url.pathname}`);  // quiet: another host built from the path
    const login = `${url.origin}/login`; // quiet: the own origin in a redirect target is not a fetch
    const upstream = await fetch(`https://${env.UPSTREAM_HOST}/v1${url.pathname}`); // quiet: a configured host, not the request's
    const assets = await env.ASSETS.fetch(new Request(`${url.origin}/index.html`)); // quiet: the assets binding, not a public self-fetch
    if (!upstream.ok || !assets.ok) return Response.redirect(login, 302);
    return new Response(await api.text(), { status: origin.status });
  },
} satisfies ExportedHandler<Env>;
