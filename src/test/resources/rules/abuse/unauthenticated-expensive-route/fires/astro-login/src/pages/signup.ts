import type { APIRoute } from "astro";

// a sign-up sends every new user to the sign-in page afterwards: that redirect checks nobody
export const POST: APIRoute = async ({ request, locals, redirect }) => {
  const form = await request.formData();
  // expect: abuse/unauthenticated-expensive-route
  await locals.runtime.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Welcome ${form.get("name")}` });
  return redirect("/login?welcome=1");
};
