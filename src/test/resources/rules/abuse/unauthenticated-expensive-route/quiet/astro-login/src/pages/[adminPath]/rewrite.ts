import type { APIRoute } from "astro";

// the admin area lives under a path the operator chose (the route parameter), not under a fixed /admin
export const POST: APIRoute = async ({ request, locals }) => {
  // quiet: an administrative route, as under /admin
  const out = await locals.runtime.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: await request.text() });
  return Response.json(out);
};
