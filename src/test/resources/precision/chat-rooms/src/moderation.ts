export async function moderate(env: Env, text: string): Promise<boolean> {
  // a small classification model, called from the queue consumer (not the request path)
  const out = await env.AI.run("@cf/meta/llama-3.3-70b-instruct-fp8-fast", { prompt: `Is this abusive? ${text}` });
  return String((out as { response?: string }).response ?? "").toLowerCase().includes("yes");
}
