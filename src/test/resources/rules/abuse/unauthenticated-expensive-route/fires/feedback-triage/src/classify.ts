/** One short classification per message, with a small model. */
export async function classify(env: Env, text: string): Promise<string> {
  const answer = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", {
    messages: [{ role: "user", content: `Label this feedback as bug, idea or praise: ${text}` }],
  });
  return (answer as { response?: string }).response ?? "unknown";
}
