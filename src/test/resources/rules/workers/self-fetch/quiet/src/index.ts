export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    // quiet: passing the Request through to the origin is the normal proxy pattern
    const origin = await fetch(request);
    const api = await fetch(`https://api.example.com${url.pathname}`);  // quiet: another host built from the path
    return new Response(await api.text(), { status: origin.status });
  },
} satisfies ExportedHandler<Env>;
