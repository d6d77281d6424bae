// Revalidation through the Worker's own public hostname instead of a service binding to itself.
export async function revalidateByHost(request: Request): Promise<Response> {
  const host = request.headers.get("host");
  // expect: workers/self-fetch
  const res = await fetch(`https${host?.includes("localhost") ? "" : "s"}://${host}/isr`, { method: "HEAD" });
  return new Response(String(res.status));
}

export async function revalidateByOrigin(request: Request): Promise<Response> {
  const origin = new URL(request.url).origin;
  // expect: workers/self-fetch
  await fetch(`${origin}/api/revalidate`, { method: "POST" });
  return new Response("ok");
}

export async function warmOtherPage(request: Request): Promise<Response> {
  const page = new URL(request.url);
  page.pathname = "/home";
  // expect: workers/self-fetch
  await fetch(page, { method: "HEAD" });
  return new Response("warmed");
}
