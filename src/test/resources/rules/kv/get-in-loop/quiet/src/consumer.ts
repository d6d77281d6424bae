import { JobProgress } from "./progress";

// the queue handler lives in its own module; the Worker's default export hands it on as `queue: consumer.queue`
export default {
  async queue(batch: MessageBatch<{ id: string }>, env: Env) {
    for (const message of batch.messages) {
      const before = await JobProgress.read(env, message.body.id);
      await JobProgress.write(env, message.body.id, Math.max(before?.percent ?? 0, 50));
      message.ack();
    }
  },
};
