import type { APIRoute } from "astro";

export const POST: APIRoute = async ({ request, locals }) => {
  // quiet: src/middleware.ts answers 401 to /api/ requests without a session
  const out = await locals.runtime.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: await request.text() });
  return Response.json(out);
};
