// A queue consumer stores each job's computed result in the namespace bound as a cache, for the page that polls it.
export async function storeResults(batch: MessageBatch<{ jobId: string; text: string }>, env: Env) {
  for (const message of batch.messages) {
    const summary = message.body.text.slice(0, 200);
    // expect: kv/cache-put-without-ttl
    await env.CACHE.put(message.body.jobId, summary);
    message.ack();
  }
}
