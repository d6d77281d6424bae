import { getCloudflareContext } from "@opennextjs/cloudflare";

export async function POST(request: Request) {
  const { env } = getCloudflareContext();
  // quiet: src/middleware.ts answers 401 without a session on every path its matcher names (/api/:path*)
  const out = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: await request.text() });
  return Response.json(out);
}
