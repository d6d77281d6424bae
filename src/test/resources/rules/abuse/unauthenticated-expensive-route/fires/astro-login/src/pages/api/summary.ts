import type { APIRoute } from "astro";

// outside /dashboard/: the middleware lets every visitor through
export const POST: APIRoute = async ({ request, locals }) => {
  // expect: abuse/unauthenticated-expensive-route
  const out = await locals.runtime.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: await request.text() });
  return Response.json(out);
};
