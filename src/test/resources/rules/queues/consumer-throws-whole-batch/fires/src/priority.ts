type Batch<T> = { queue: string; messages: readonly Message<T>[] };

// a consumer helper in its own module, typed with the project's own batch shape
export async function captionPriority(batch: Batch<{ key: string }>, env: Env): Promise<void> {
  // expect: queues/consumer-throws-whole-batch
  for (const message of batch.messages) {
    const caption = await env.AI.run("@cf/llava-hf/llava-1.5-7b-hf", { image: [], prompt: message.body.key });
    await env.RESULTS.put(`priority:${message.body.key}`, JSON.stringify(caption), { expirationTtl: 86400 });
  }
}
