import { getCloudflareContext } from "@opennextjs/cloudflare";

// a route outside the middleware's matcher (/api/:path*) runs without the session check
export async function POST(request: Request) {
  const { env } = getCloudflareContext();
  // expect: abuse/unauthenticated-expensive-route
  const out = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: await request.text() });
  return Response.json(out);
}
