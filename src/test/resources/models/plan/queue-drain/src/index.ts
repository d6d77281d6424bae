interface Env {
  JOBS: Queue;
  RESULTS: KVNamespace;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    await env.JOBS.send(await request.json());
    return new Response(null, { status: 202 });
  },

  async queue(batch: MessageBatch<{ id: string }>, env: Env): Promise<void> {
    for (const message of batch.messages) {
      await env.RESULTS.put(`job:${message.body.id}`, "done");
      message.ack();
    }
  },
};
