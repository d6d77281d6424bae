import router from "../web/app";

router.post("/summaries", async (c) => {
  const { text } = await c.req.json();
  // quiet: the security module's use("*") on the same shared router checks the caller first
  const answer = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise: ${text}` });
  return c.json(answer);
});
