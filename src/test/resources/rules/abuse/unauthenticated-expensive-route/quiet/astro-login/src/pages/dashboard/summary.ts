import type { APIRoute } from "astro";

export const POST: APIRoute = async ({ request, locals }) => {
  // quiet: src/middleware.ts sends requests under /dashboard/ without a session to the sign-in page
  const out = await locals.runtime.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: await request.text() });
  return Response.json(out);
};
