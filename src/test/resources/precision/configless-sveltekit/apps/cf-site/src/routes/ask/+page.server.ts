import { error } from "@sveltejs/kit";

export const actions = {
  // any visitor can post the form to ?/ask
  ask: async ({ request, platform }) => {
    const form = await request.formData();
    // expect: abuse/unauthenticated-expensive-route
    const answer = await platform.env.AI.run("@cf/meta/llama-3.1-70b-instruct", { prompt: String(form.get("question")) });
    return { answer };
  },
  async askAsMember({ request, platform, locals }) {
    if (!locals.member) {
      error(401, "members only");
    }
    const form = await request.formData();
    // quiet: refused with 401 unless a member is signed in
    return { answer: await platform.env.AI.run("@cf/meta/llama-3.1-70b-instruct", { prompt: String(form.get("question")) }) };
  },
};
