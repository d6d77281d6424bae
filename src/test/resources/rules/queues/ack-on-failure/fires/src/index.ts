type Job = { id: string; text: string };

export default {
  async queue(batch: MessageBatch<Job>, env: Env): Promise<void> {
    await Promise.all(batch.messages.map((message) => runJob(env, message)));
  },
} satisfies ExportedHandler<Env, Job>;

async function runJob(env: Env, message: Message<Job>): Promise<void> {
  try {
    const response = await fetch("https://api.example-llm.com/v1/complete", {
      method: "POST",
      body: JSON.stringify({ prompt: message.body.text }),
    });
    if (!response.ok) {
      message.retry({ delaySeconds: 30 });
      return;
    }
    await env.DB.prepare("UPDATE jobs SET status = 'done' WHERE id = ?").bind(message.body.id).run();
    message.ack();
  } catch (error) {
    // a reset connection or a timeout lands here too, and the job is dropped
    await env.DB.prepare("UPDATE jobs SET status = 'failed' WHERE id = ?").bind(message.body.id).run();
    // expect: queues/ack-on-failure
    message.ack();
  }
}
