type Env = { FILES: R2Bucket; DAV_USER: string; DAV_PASSWORD: string };

export async function davRequest(request: Request, env: Env): Promise<Response> {
  if (!env.DAV_USER || !env.DAV_PASSWORD) {
    return new Response("WebDAV is not configured", { status: 503 }); // quiet: fails closed when a credential is missing
  }
  const expected = `Basic ${btoa(`${env.DAV_USER}:${env.DAV_PASSWORD}`)}`; // quiet: the check above ran first
  if (request.headers.get("Authorization") !== expected) {
    return new Response("login required", { status: 401 });
  }
  const object = await env.FILES.get(new URL(request.url).pathname.slice(5));
  return new Response(object?.body ?? null, { status: object ? 200 : 404 });
}
