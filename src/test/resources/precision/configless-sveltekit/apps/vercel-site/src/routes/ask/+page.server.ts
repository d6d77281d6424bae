export const actions = {
  ask: async ({ request, platform }) => {
    const form = await request.formData();
    // quiet: the app is built for another host, so it is no Worker of this repository
    const answer = await platform.env.AI.run("@cf/meta/llama-3.1-70b-instruct", { prompt: String(form.get("question")) });
    return { answer };
  },
};
