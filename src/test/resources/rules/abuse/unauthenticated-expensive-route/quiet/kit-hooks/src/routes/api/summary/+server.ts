import type { RequestHandler } from "./$types";

export const POST: RequestHandler = async ({ request, platform }) => {
  // quiet: src/hooks.server.ts answers 401 to /api/ calls without the team key
  const out = await platform!.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: await request.text() });
  return new Response(JSON.stringify(out));
};
