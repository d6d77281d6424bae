import type { RequestHandler } from "./$types";

export const POST: RequestHandler = async ({ request, platform }) => {
  // served at /share/summary: outside the /api/ prefix the hook checks
  // expect: abuse/unauthenticated-expensive-route
  const out = await platform!.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: await request.text() });
  return new Response(JSON.stringify(out));
};
