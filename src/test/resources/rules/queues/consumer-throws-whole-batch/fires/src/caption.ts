export async function captionImage(env: Env, key: string): Promise<void> {
  const object = await env.BUCKET.get(key);
  if (!object) {
    throw new Error(`missing object ${key}`);
  }
  const caption = await env.AI.run("@cf/llava-hf/llava-1.5-7b-hf", { image: [], prompt: "Describe the image" });
  await env.RESULTS.put(key, JSON.stringify(caption), { expirationTtl: 86400 });
}
