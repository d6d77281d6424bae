import { getCloudflareContext } from "@opennextjs/cloudflare";

export async function POST(request: Request) {
  const { env } = getCloudflareContext();
  // quiet: middleware.ts at the root answers 401 to API calls without a session
  const out = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: await request.text() });
  return Response.json(out);
}
